package app.safepost.common;

import java.net.InetAddress;
import java.util.UUID;

/**
 * This running portal's name among the instances that share one database: host, process and a random
 * part, so two instances never share it. Jobs that claim work write it beside what they hold.
 */
public final class PortalInstance {

    private static final int LONGEST = 100;

    private PortalInstance() {
    }

    public static String newName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "portal";
        }
        var name = host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > LONGEST ? name.substring(name.length() - LONGEST) : name;
    }
}
