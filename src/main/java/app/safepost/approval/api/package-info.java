@NullMarked
package app.safepost.approval.api;

import org.jspecify.annotations.NullMarked;
