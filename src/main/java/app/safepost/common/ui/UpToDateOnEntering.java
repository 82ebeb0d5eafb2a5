package app.safepost.common.ui;

import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * A screen that reads everything it shows again in {@code beforeEnter}, so it may be reused when its
 * route is entered again. Any other screen is built afresh then, since it reads what it shows when it is
 * built; reusing it would show what the first visit showed.
 */
public interface UpToDateOnEntering extends BeforeEnterObserver {}
