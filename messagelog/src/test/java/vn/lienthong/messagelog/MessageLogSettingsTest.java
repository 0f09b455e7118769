package vn.lienthong.messagelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.lienthong.conf.identifier.SecurityServerId;

class MessageLogSettingsTest {

    private static final SecurityServerId SERVER = SecurityServerId.parse("VN/GOV/MPS/SS-MPS");

    @Test
    void absentKeysKeepTheDefaults() {
        MessageLogSettings s = MessageLogSettings.fromProperties(SERVER, new Properties());

        assertThat(s.timestamping()).isEqualTo(MessageLogSettings.Timestamping.INTERVAL);
        assertThat(s.maxUnstampedAge()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void serverPropertiesKeysAreRead() {
        Properties p = new Properties();
        p.setProperty("lienthong.messagelog.timestamping", "immediate");
        p.setProperty("lienthong.messagelog.max-unstamped-age-seconds", "600");
        p.setProperty("lienthong.messagelog.write-batch-size", "32");

        MessageLogSettings s = MessageLogSettings.fromProperties(SERVER, p);

        assertThat(s.timestamping()).isEqualTo(MessageLogSettings.Timestamping.IMMEDIATE);
        assertThat(s.maxUnstampedAge()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.writeBatchSize()).isEqualTo(32);
    }

    @Test
    void aMalformedNumberIsRefused() {
        Properties p = new Properties();
        p.setProperty("lienthong.messagelog.queue-capacity", "many");

        assertThatThrownBy(() -> MessageLogSettings.fromProperties(SERVER, p)).isInstanceOf(IllegalArgumentException.class);
    }
}
