@NullMarked
package app.safepost.approval.ui;

import org.jspecify.annotations.NullMarked;
