/**
 * Search: SLT find a post, a draft, an incident or a follower of the school in hand by words in it,
 * a page at a time, with pupils' names masked for any reader who may not read them.
 */
@ApplicationModule(displayName = "Search")
package app.safepost.search;

import org.springframework.modulith.ApplicationModule;
