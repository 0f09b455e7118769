package vn.lienthong.routes.provider.npd.operator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.cxf.Bus;
import org.apache.cxf.transport.http_jetty.JettyHTTPHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.lienthong.routes.provider.npd.update.UnknownUpdateException;
import vn.lienthong.routes.provider.npd.update.UpdateNotHeldException;

/**
 * The NPD operator's HTTP endpoint, on the provider's own Jetty port under {@value OperatorEndpoint#PATH}: it
 * refuses callers from other hosts (403), dispatches {@code METHOD /path} to one {@link OperatorRequest}, and
 * turns failures into a status and one line: 400 missing parameter, 404 unknown update or path, 409 not held,
 * 500 anything else (logged here, never sent as a stack trace).
 */
final class OperatorServlet extends JettyHTTPHandler {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(OperatorServlet.class);

    private final transient Map<String, OperatorRequest> requests;

    OperatorServlet(Bus bus, NpdOperator operator) {
        super(bus);
        this.requests = new TreeMap<>(Map.of(
                "GET /held", new ListHeldUpdates(operator),
                "POST /held/accept", new ResolveHeldUpdate(operator, ResolveHeldUpdate.Decision.ACCEPT),
                "POST /held/reject", new ResolveHeldUpdate(operator, ResolveHeldUpdate.Decision.REJECT),
                "GET /dead-letters", new ListDeadLetters(operator),
                "POST /dead-letters/replay", new ReplayDeadLetters(operator)));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        write(response, answer(request));
    }

    private OperatorAnswer answer(HttpServletRequest request) {
        if (!LoopbackOnly.allows(request.getRemoteAddr())) {
            return OperatorAnswer.line(403, "the NPD operator endpoint answers only on the NPD's own host (loopback);"
                    + " this request came from " + request.getRemoteAddr());
        }
        String key = request.getMethod() + " " + path(request);
        OperatorRequest handler = requests.get(key);
        if (handler == null) {
            return OperatorAnswer.line(404, "no operator request " + key + "; there are " + requests.keySet());
        }
        try {
            return handler.answer(new OperatorCall(parameters(request)));
        } catch (MissingParameterException e) {
            return OperatorAnswer.line(400, e.getMessage());
        } catch (UnknownUpdateException e) {
            return OperatorAnswer.line(404, e.getMessage());
        } catch (UpdateNotHeldException e) {
            return OperatorAnswer.line(409, e.getMessage());
        } catch (SQLException | RuntimeException e) {
            LOG.error("operator request {} failed", key, e);
            return OperatorAnswer.line(500, "the operator request " + key + " failed: " + e.getMessage()
                    + "; see the NPD provider's log");
        }
    }

    /** The path below {@value OperatorEndpoint#PATH}, without a trailing slash: {@code /held}, {@code /dead-letters/replay}. */
    private static String path(HttpServletRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Map<String, String> parameters(HttpServletRequest request) {
        Map<String, String> parameters = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, values.length == 0 ? null : values[0]));
        parameters.values().removeIf(Objects::isNull);
        return parameters;
    }

    private static void write(HttpServletResponse response, OperatorAnswer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.status());
        response.setHeader(OperatorEndpoint.ANSWERED_BY, OperatorEndpoint.ANSWERED_BY_VALUE);
        response.setContentType(answer.contentType());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
