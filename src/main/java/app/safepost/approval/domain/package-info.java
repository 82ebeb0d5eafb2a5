@NullMarked
package app.safepost.approval.domain;

import org.jspecify.annotations.NullMarked;
