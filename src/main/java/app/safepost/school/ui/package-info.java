@NullMarked
package app.safepost.school.ui;

import org.jspecify.annotations.NullMarked;
