package vn.lienthong.routes.logging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import vn.lienthong.messagelog.AppendReceipt;
import vn.lienthong.messagelog.Direction;
import vn.lienthong.messagelog.LogRecord;
import vn.lienthong.messagelog.LoggingFailedException;
import vn.lienthong.messagelog.MessageLog;
import vn.lienthong.messagelog.Side;
import vn.lienthong.messagelog.TimestamperFailedException;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.runtime.CpuPermits;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.SoapFaultReader;
import vn.lienthong.routes.soap.XRoadHeaders;

/**
 * Writes one side of an exchange to the message log: the request or the response as signed, with the
 * metadata Decree 47/2020 Art. 45 asks for. If the log cannot take it, the message goes no further: the
 * fault is {@code LoggingFailed} (or {@code LoggingFailed.TimestamperFailed} past the time-stamping window).
 */
public final class LogExchange implements Processor {

    private final MessageLog log;
    private final CpuPermits permits;
    private final Side side;
    private final Direction direction;
    private final Clock clock;

    private LogExchange(ServerRuntime runtime, Side side, Direction direction) {
        this.log = runtime.messageLog();
        this.permits = runtime.cpuPermits();
        this.side = side;
        this.direction = direction;
        this.clock = runtime.clock();
    }

    public static LogExchange request(ServerRuntime runtime, Side side) {
        return new LogExchange(runtime, side, Direction.REQUEST);
    }

    public static LogExchange response(ServerRuntime runtime, Side side) {
        return new LogExchange(runtime, side, Direction.RESPONSE);
    }

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = ProxyMessage.of(exchange);
        XRoadHeaders h = message.headers();
        LogRecord.Builder record = LogRecord.builder().side(side).direction(direction)
                .queryId(h.id()).client(h.client()).service(h.service()).userId(h.userId()).issue(h.issue());
        if (direction == Direction.REQUEST) {
            record.citizenIds(message.citizenIds()).fieldsDisclosed(List.of())
                    .message(message.signedRequest()).wireSize(message.requestWireSize())
                    .timeIn(message.receivedAt()).timeOut(clock.instant());
        } else {
            Disclosure disclosure = Disclosure.in(message.response() == null ? null : message.response().header());
            Set<String> citizens = new LinkedHashSet<>(message.citizenIds());
            citizens.addAll(disclosure.citizenIds());
            record.citizenIds(new ArrayList<>(citizens)).fieldsDisclosed(disclosure.fields())
                    .faultCode(message.response() != null && message.response().isFault()
                            ? SoapFaultReader.code(message.response()) : null)
                    .message(message.signedResponse()).wireSize(message.responseBytes() == null ? 0 : message.responseBytes().length)
                    .timeIn(message.responseReceivedAt() == null ? clock.instant() : message.responseReceivedAt())
                    .timeOut(clock.instant());
        }
        append(log, permits, exchange, record.build(), side);
        if (direction == Direction.REQUEST) {
            message.markRequestLogged();
        }
    }

    /**
     * Appends a record and waits, without the exchange's CPU permit, until it is durable; a failure becomes the
     * fault the message is answered with.
     */
    static void append(MessageLog log, CpuPermits permits, Exchange exchange, LogRecord record, Side side) {
        FaultOrigin origin = side == Side.CLIENT_PROXY ? FaultOrigin.CLIENT_PROXY : FaultOrigin.SERVER_PROXY;
        try {
            CompletableFuture<AppendReceipt> durable = log.appendAsync(record);
            // the database makes it durable meanwhile: the permit goes to a message that can compute
            permits.awayWhile(exchange, () -> log.await(durable));
        } catch (TimestamperFailedException e) {
            throw new BusFault(origin, ErrorCode.TIMESTAMPER_FAILED, "the message log cannot get time-stamps: "
                    + e.getMessage() + "; messages are refused until the time-stamping authority answers again");
        } catch (LoggingFailedException e) {
            throw new BusFault(origin, ErrorCode.LOGGING_FAILED, "the message log cannot record this message: "
                    + e.getMessage());
        }
    }
}
