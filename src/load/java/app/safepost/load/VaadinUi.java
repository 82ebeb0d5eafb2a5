package app.safepost.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser tab's side of Vaadin Flow's protocol (no push: UIDL over XHR), as Chromium speaks it
 * (recorded, see docs/decisions/0018-load-harness.md): the UI's id and CSRF token from the init
 * request, the sync and client ids of each round trip, and the node ids of the components with an
 * id, found in the server's changes. Kept in the virtual user's Gatling session; a virtual user's
 * requests run one after another, so it needs no locking.
 */
final class VaadinUi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DRAFT_LINK = Pattern.compile("\"post/([0-9a-f-]{36})\"");
    /** What the portal shows when a screen failed, whatever Vaadin's own answer says. */
    private static final List<String> PORTAL_ERRORS = List.of(
            "Something went wrong", "temporarily unavailable", "There is no such draft", "You may no longer post");

    private int uiId;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private int historyIndex;
    private final Map<String, Integer> nodes = new HashMap<>();
    private final Map<Integer, String> uploadTargets = new HashMap<>();
    private final List<Map<String, Object>> confirmations = new ArrayList<>();
    private final Map<Integer, Integer> promises = new HashMap<>();
    private String lastDraftId;
    private boolean broken;

    int uiId() {
        return uiId;
    }

    /** Reads the answer to {@code ?v-r=init}; "ok" or what is wrong. */
    String init(String body) {
        try {
            var config = JSON.readTree(body).path("appConfig");
            uiId = config.path("v-uiId").asInt(-1);
            var uidl = config.path("uidl");
            csrfToken = uidl.path("Vaadin-Security-Key").asString(null);
            if (uiId < 0 || csrfToken == null) {
                return "no UI id or CSRF token in the init answer";
            }
            syncId = uidl.path("syncId").asInt(-1);
            clientId = uidl.path("clientId").asInt(0);
            return read(uidl);
        } catch (RuntimeException e) {
            return "unreadable init answer: " + e.getMessage();
        }
    }

    /** The body of the next UIDL request: these calls, after the grid confirmations the last answer asked for. */
    String request(List<Map<String, Object>> rpc) {
        var all = new ArrayList<Map<String, Object>>(confirmations);
        confirmations.clear();
        all.addAll(rpc);
        var message = new LinkedHashMap<String, Object>();
        message.put("csrfToken", csrfToken);
        message.put("rpc", all);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return JSON.writeValueAsString(message);
    }

    /**
     * Reads a UIDL answer; "ok" or what is wrong. The ids are taken from every answer that has them, an
     * error notice's included, as the browser does; after Vaadin's own error (out of step, session
     * expired) the tab has to be loaded again, as the browser would.
     */
    String answer(String body) {
        try {
            var text = body.startsWith("for(;;);") ? body.substring(8) : body;
            var json = JSON.readTree(text);
            if (json.isArray()) {
                json = json.get(0);
            }
            if (json.has("syncId")) {
                syncId = json.get("syncId").asInt();
            }
            if (json.has("clientId")) {
                clientId = json.get("clientId").asInt();
            }
            var meta = json.path("meta");
            if (meta.has("appError")) {
                broken = true;
                return "Vaadin appError: "
                        + meta.get("appError").path("caption").asString("") + ": "
                        + meta.get("appError").path("message").asString("");
            }
            if (meta.path("sessionExpired").asBoolean(false)) {
                broken = true;
                return "session expired";
            }
            if (meta.path("resynchronize").asBoolean(false)) {
                broken = true;
                return "client and server out of step (resynchronize)";
            }
            var verdict = read(json);
            var draft = DRAFT_LINK.matcher(text);
            if (draft.find()) {
                lastDraftId = draft.group(1);
            }
            for (var error : PORTAL_ERRORS) {
                if (text.contains(error)) {
                    return "the portal says: " + error;
                }
            }
            return verdict;
        } catch (RuntimeException e) {
            broken = true;
            return "unreadable UIDL answer: " + e.getMessage();
        }
    }

    /** Whether the tab must be loaded again before it can go on (after an error Vaadin cannot recover from). */
    boolean broken() {
        return broken;
    }

    private String read(JsonNode uidl) {
        for (var change : uidl.path("changes")) {
            if (!"put".equals(change.path("type").asString(""))) {
                continue;
            }
            var key = change.path("key").asString("");
            if (key.equals("id") && change.path("value").isString()) {
                nodes.put(change.get("value").asString(), change.get("node").asInt());
            } else if (key.equals("target") && change.path("value").has("uri")) {
                uploadTargets.put(
                        change.get("node").asInt(),
                        change.get("value").get("uri").asString());
            }
        }
        for (var call : uidl.path("execute")) {
            // [{"@v-node": n}, updateId, "return $0.$connector.confirm($1)"]: the grid waits for the client's
            // confirmation.
            if (call.size() == 3 && call.get(2).asString("").contains("$connector.confirm(")) {
                int node = call.get(0).path("@v-node").asInt();
                int promise = promises.merge(node, 1, Integer::sum) - 1;
                var rpc = new LinkedHashMap<String, Object>();
                rpc.put("type", "publishedEventHandler");
                rpc.put("node", node);
                rpc.put("templateEventMethodName", "confirmUpdate");
                rpc.put("templateEventMethodArgs", List.of(call.get(1).asInt()));
                rpc.put("promise", promise);
                confirmations.add(rpc);
            }
        }
        return "ok";
    }

    int node(String componentId) {
        var node = nodes.get(componentId);
        if (node == null) {
            throw new IllegalStateException("No component with id " + componentId + " on the screen");
        }
        return node;
    }

    String uploadTarget(String componentId) {
        var target = uploadTargets.get(node(componentId));
        if (target == null) {
            throw new IllegalStateException("No upload target for " + componentId);
        }
        return target;
    }

    /** The draft the editor last saved (its id from the address the editor put in the browser's history). */
    String lastDraftId() {
        return lastDraftId;
    }

    Map<String, Object> navigate(String route) {
        var data = new LinkedHashMap<String, Object>();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "Safepost");
        data.put("historyState", Map.of("idx", historyIndex++));
        data.put("trigger", historyIndex == 1 ? "" : "client");
        return event(1, "ui-navigate", data);
    }

    /** A text field's value as the browser sends it once the field's debounce or change fires. */
    List<Map<String, Object>> type(String componentId, String value, String event, Map<String, Object> data) {
        int node = node(componentId);
        var sync = new LinkedHashMap<String, Object>();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        return List.of(sync, event(node, event, data));
    }

    /** A checkbox ticked: its {@code checked} property and the event that carries it to the server. */
    List<Map<String, Object>> tick(String componentId) {
        int node = node(componentId);
        var sync = new LinkedHashMap<String, Object>();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "checked");
        sync.put("value", true);
        return List.of(sync, event(node, "checked-changed", Map.of()));
    }

    /** The browser's poll, sent each second while the screen asks for it (a photo being analysed). */
    static Map<String, Object> poll() {
        return event(1, "ui-poll", Map.of());
    }

    Map<String, Object> click(String componentId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 486);
        data.put("event.clientY", 661);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 758);
        data.put("event.screenX", 496);
        return event(node(componentId), "click", data);
    }

    static Map<String, Object> event(int node, String name, Map<String, Object> data) {
        var rpc = new LinkedHashMap<String, Object>();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", name);
        rpc.put("data", data);
        return rpc;
    }
}
