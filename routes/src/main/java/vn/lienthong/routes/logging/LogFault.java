package vn.lienthong.routes.logging;

import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.messagelog.Direction;
import vn.lienthong.messagelog.LogRecord;
import vn.lienthong.messagelog.MessageLog;
import vn.lienthong.messagelog.Side;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.fault.FaultResponder;
import vn.lienthong.routes.runtime.CpuPermits;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.XRoadHeaders;

/**
 * Logs the fault that ended an exchange whose request is already in the message log, so that every logged
 * request has a logged outcome. Runs after the fault has been written; a failure here is only reported.
 */
public final class LogFault implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(LogFault.class);

    private final MessageLog log;
    private final CpuPermits permits;
    private final Side side;
    private final Clock clock;

    public LogFault(MessageLog log, CpuPermits permits, Side side, Clock clock) {
        this.log = log;
        this.permits = permits;
        this.side = side;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = ProxyMessage.ofNullable(exchange);
        if (message == null || !message.requestLogged()) {
            return;
        }
        XRoadHeaders h = message.headers();
        byte[] fault = exchange.getMessage().getBody(byte[].class);
        String code = exchange.getProperty(FaultResponder.FAULT_CODE_PROPERTY, String.class);
        try {
            LogExchange.append(log, permits, exchange, LogRecord.builder().side(side).direction(Direction.RESPONSE)
                    .queryId(h.id()).client(h.client()).service(h.service()).userId(h.userId()).issue(h.issue())
                    .citizenIds(message.citizenIds()).fieldsDisclosed(java.util.List.of())
                    .faultCode(code == null ? "unknown" : code).message(fault).wireSize(fault.length)
                    .timeIn(clock.instant()).timeOut(clock.instant()).build(), side);
        } catch (BusFault e) {
            LOG.warn("fault {} of query {} could not be logged: {}", code, h.id(), e.getMessage());
        }
    }
}
