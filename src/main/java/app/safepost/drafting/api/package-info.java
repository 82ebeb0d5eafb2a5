@NullMarked
package app.safepost.drafting.api;

import org.jspecify.annotations.NullMarked;
