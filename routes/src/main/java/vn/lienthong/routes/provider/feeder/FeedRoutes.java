package vn.lienthong.routes.provider.feeder;

import org.apache.camel.builder.RouteBuilder;

import vn.lienthong.routes.provider.messaging.QueueDeliveryPolicy;
import vn.lienthong.routes.provider.messaging.XRoadCall;

/** The feed's message path: queued update → post to the NPD → read the answer → record it at the source. */
final class FeedRoutes extends RouteBuilder {

    private final String queue;
    private final String routeId;
    private final XRoadCall call;
    private final String npdUrl;
    private final UpdateAnswers answers;

    FeedRoutes(String queue, String routeId, XRoadCall call, String npdUrl, UpdateAnswers answers) {
        this.queue = queue;
        this.routeId = routeId;
        this.call = call;
        this.npdUrl = npdUrl;
        this.answers = answers;
    }

    @Override
    public void configure() {
        from("jms:queue:" + queue + "?transacted=true")
                .routeId(routeId)
                .routeConfigurationId(QueueDeliveryPolicy.ID)
                .process(new PostUpdate(call, npdUrl))
                .process(new ReadUpdateAnswer())
                .process(new RecordAnswer(answers));
    }
}
