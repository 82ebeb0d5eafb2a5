@NullMarked
package app.safepost.policies.domain;

import org.jspecify.annotations.NullMarked;
