@NullMarked
package app.safepost.common.ui;

import org.jspecify.annotations.NullMarked;
