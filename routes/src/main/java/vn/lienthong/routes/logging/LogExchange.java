package vn.lienthong.routes.logging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import vn.lienthong.messagelog.Direction;
import vn.lienthong.messagelog.LogRecord;
import vn.lienthong.messagelog.LoggingFailedException;
import vn.lienthong.messagelog.MessageLog;
import vn.lienthong.messagelog.Side;
import vn.lienthong.messagelog.TimestamperFailedException;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
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
    private final Side side;
    private final Direction direction;
    private final java.time.Clock clock;

    private LogExchange(MessageLog log, Side side, Direction direction, java.time.Clock clock) {
        this.log = log;
        this.side = side;
        this.direction = direction;
        this.clock = clock;
    }

    public static LogExchange request(MessageLog log, Side side, java.time.Clock clock) {
        return new LogExchange(log, side, Direction.REQUEST, clock);
    }

    public static LogExchange response(MessageLog log, Side side, java.time.Clock clock) {
        return new LogExchange(log, side, Direction.RESPONSE, clock);
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
        append(log, record.build(), side);
        if (direction == Direction.REQUEST) {
            message.markRequestLogged();
        }
    }

    static void append(MessageLog log, LogRecord record, Side side) {
        FaultOrigin origin = side == Side.CLIENT_PROXY ? FaultOrigin.CLIENT_PROXY : FaultOrigin.SERVER_PROXY;
        try {
            log.append(record);
        } catch (TimestamperFailedException e) {
            throw new BusFault(origin, ErrorCode.TIMESTAMPER_FAILED, "the message log cannot get time-stamps: "
                    + e.getMessage() + "; messages are refused until the time-stamping authority answers again");
        } catch (LoggingFailedException e) {
            throw new BusFault(origin, ErrorCode.LOGGING_FAILED, "the message log cannot record this message: "
                    + e.getMessage());
        }
    }
}
