@NullMarked
package app.safepost.pupils.ui;

import org.jspecify.annotations.NullMarked;
