package vn.lienthong.security.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8BufferTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ASCII <a b=\"c\"/>", "Nguyễn Văn Ánh", "ß © é", "€ 中文", "𠀀 and 😀",
            "lone high \uD800 end", "lone low \uDC00 end", "high at the end \uD83D"})
    void encodesAsTheJdkDoes(String text) {
        byte[] encoded = new Utf8Buffer(1).append(text).toByteArray();

        assertThat(encoded).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void randomTextAppendedInPiecesEncodesAsTheJdkDoes() {
        Random random = new Random(20261127);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(300); i > 0; i--) {
                text.append((char) switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> 0x80 + random.nextInt(0x780);
                    case 2 -> 0x800 + random.nextInt(0xF7FF);
                    default -> 0xD800 + random.nextInt(0x800);
                });
            }
            String whole = text.toString();
            int cut = whole.isEmpty() ? 0 : random.nextInt(whole.length());
            if (cut > 0 && Character.isHighSurrogate(whole.charAt(cut - 1))) {
                cut--;
            }
            Utf8Buffer buffer = new Utf8Buffer(4).append(whole, 0, cut).append('|').append(whole, cut, whole.length());

            String expected = whole.substring(0, cut) + '|' + whole.substring(cut);
            assertThat(buffer.toByteArray()).as("round %d", round).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aLongStringEncodedInOneCallMatchesTheCharacterLoopAndGrowsTheBuffer() {
        Random random = new Random(20261128);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            boolean ascii = round % 2 == 0;
            for (int i = Utf8Buffer.BULK_FROM + random.nextInt(2000); i > 0; i--) {
                text.append((char) (ascii ? random.nextInt(0x80)
                        : random.nextBoolean() ? 0x20 + random.nextInt(0x60) : 0x80 + random.nextInt(0xFF00)));
            }
            String whole = text.toString();

            byte[] oneCall = new Utf8Buffer(4).append('<').append(whole).append('>').toByteArray();
            byte[] perCharacter = new Utf8Buffer(4).append('<').append(whole, 0, whole.length()).append('>').toByteArray();

            assertThat(oneCall).as("round %d", round).isEqualTo(("<" + whole + ">").getBytes(StandardCharsets.UTF_8));
            assertThat(perCharacter).as("round %d", round).isEqualTo(oneCall);
        }
    }
}
