package app.safepost.shell.api;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests the web server refuses before the portal sees them (an encoded slash or NUL in the path,
 * a malformed header) are answered as a problem+json too, not with the server's own HTML page.
 */
@Component
class ServerProblemAnswers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Tomcat's last word on a failed request, in the API's shape; never a stack trace or server version. */
    public static class ProblemReportValve extends ErrorReportValve {

        public ProblemReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            var writable = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
            if (!writable.get()) {
                return;
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                var writer = response.getReporter();
                if (writer != null) {
                    var title = status == 400 ? "Bad request" : status == 404 ? "Not found" : "Request refused";
                    writer.write("{\"type\":\"/problems/" + (status == 400 ? "bad-request" : "refused")
                            + "\",\"title\":\"" + title + "\",\"status\":" + status
                            + ",\"detail\":\"The web server refused this request before the portal read it"
                            + " (for example an encoded slash or a NUL character in the address).\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException ignored) {
                // The connection is gone or the answer already started: nothing more to say.
            }
        }
    }
}
