package dev.bootcamp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpenAiChatModelTest {
    @Test
    void aRefusedConnectionIsNamedAndTheCheckFailsBeforeAnyRequest() throws IOException {
        OpenAiChatModel model = model("http://127.0.0.1:" + closedPort() + "/v1");
        assertThatThrownBy(model::checkReachable).isInstanceOf(ModelException.class)
                .hasMessageEndingWith("/v1/chat/completions: connection refused").hasMessageNotContaining("null");
    }

    @Test
    void connectionFailuresAreNamedFromTheirCauseNotTheirMessage() {
        // The JDK's HttpClient throws these with null messages; no DNS lookup here (tests use loopback only).
        assertThat(OpenAiChatModel.cause(new ConnectException())).isEqualTo("connection refused");
        assertThat(OpenAiChatModel.cause(new ConnectException(null).initCause(new UnresolvedAddressException()))).isEqualTo("unknown host");
        assertThat(OpenAiChatModel.cause(new IOException(new UnknownHostException("x")))).isEqualTo("unknown host");
        assertThat(OpenAiChatModel.cause(new HttpConnectTimeoutException("x"))).isEqualTo("connection timed out");
        assertThat(OpenAiChatModel.cause(new IOException("connection reset"))).isEqualTo("IOException: connection reset");
        assertThat(OpenAiChatModel.connectionFailure(new IOException("connection reset"))).isNull();
    }

    @Test
    void afterThreeRequestsInARowCannotConnectTheRestAreNotSent() throws IOException {
        OpenAiChatModel model = model("http://127.0.0.1:" + closedPort() + "/v1");
        for (int i = 0; i < OpenAiChatModel.GIVE_UP_AFTER; i++) {
            assertThatThrownBy(() -> model.complete("hi")).isInstanceOf(ModelException.class)
                    .hasMessageContaining("could not connect to http://127.0.0.1:").hasMessageContaining("connection refused")
                    .hasMessageEndingWith("(1 attempt)");
        }
        assertThatThrownBy(() -> model.complete("hi")).isInstanceOf(ModelException.class)
                .hasMessageStartingWith("not sent: the last 3 requests could not connect")
                .satisfies(failure -> assertThat(((ModelException) failure).attempts()).isZero());
    }

    private static OpenAiChatModel model(String url) {
        return new OpenAiChatModel(new OpenAiChatModel.Settings(url, "m", null, Duration.ofSeconds(30), 0, Duration.ofMillis(1), 0, 0));
    }

    /** A loopback port with nothing listening: bound, then closed. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
