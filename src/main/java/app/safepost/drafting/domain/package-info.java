@NullMarked
package app.safepost.drafting.domain;

import org.jspecify.annotations.NullMarked;
