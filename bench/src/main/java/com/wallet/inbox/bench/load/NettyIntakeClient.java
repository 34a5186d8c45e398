package com.wallet.inbox.bench.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.pool.AbstractChannelPoolHandler;
import io.netty.channel.pool.ChannelPool;
import io.netty.channel.pool.SimpleChannelPool;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ImmediateEventExecutor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * HTTP/1.1 keep-alive over Netty: a pool of connections, one call at a time on each (the driver's limit
 * keeps the pool at most that large), a connection closed and replaced when the server says
 * {@code Connection: close} or a call on it timed out. Answers are read on the event loop.
 */
final class NettyIntakeClient implements IntakeClient {

    private static final AttributeKey<Pending> PENDING = AttributeKey.valueOf("inbox.bench.pending");
    private static final int MAX_ANSWER_BYTES = 1 << 20;

    private final URI endpoint;
    private final String hostHeader;
    private final long timeoutNanos;
    private final EventLoopGroup group;
    private final ChannelPool pool;

    NettyIntakeClient(URI endpoint, Duration timeout, int threads) {
        this.endpoint = endpoint;
        int port = endpoint.getPort() < 0 ? 80 : endpoint.getPort();
        this.hostHeader = endpoint.getHost() + ":" + port;
        this.timeoutNanos = timeout.toNanos();
        this.group = new MultiThreadIoEventLoopGroup(Math.max(1, threads), NioIoHandler.newFactory());
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
                .option(ChannelOption.TCP_NODELAY, true)
                .remoteAddress(endpoint.getHost(), port);
        this.pool = new SimpleChannelPool(bootstrap, new AbstractChannelPoolHandler() {
            @Override
            public void channelCreated(Channel channel) {
                channel.pipeline()
                        .addLast(new HttpClientCodec())
                        .addLast(new HttpObjectAggregator(MAX_ANSWER_BYTES))
                        .addLast(new AnswerHandler());
            }
        });
    }

    @Override
    public void post(byte[] body, Answer answer) {
        // An immediate promise: the write goes out on the connection's own event loop, with no extra hop.
        pool.acquire(ImmediateEventExecutor.INSTANCE.newPromise()).addListener((Future<Channel> acquired) -> {
            if (!acquired.isSuccess()) {
                answer.failed(acquired.cause());
                return;
            }
            Channel channel = acquired.getNow();
            Pending pending = new Pending(answer);
            channel.attr(PENDING).set(pending);
            pending.timeout =
                    channel.eventLoop().schedule(() -> expire(channel, pending), timeoutNanos, TimeUnit.NANOSECONDS);
            channel.writeAndFlush(request(body)).addListener(written -> {
                if (!written.isSuccess()) {
                    fail(channel, written.cause());
                }
            });
        });
    }

    private FullHttpRequest request(byte[] body) {
        var request = new DefaultFullHttpRequest(
                HttpVersion.HTTP_1_1, HttpMethod.POST, endpoint.getRawPath(), Unpooled.wrappedBuffer(body));
        request.headers()
                .set(HttpHeaderNames.HOST, hostHeader)
                .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        return request;
    }

    private void expire(Channel channel, Pending pending) {
        if (channel.attr(PENDING).compareAndSet(pending, null)) {
            // A late answer must not be taken for the next call's: the connection goes.
            channel.close();
            pool.release(channel);
            pending.answer.failed(new HttpTimeoutException("no answer within " + timeoutNanos / 1_000_000 + " ms"));
        }
    }

    private void fail(Channel channel, Throwable cause) {
        Pending pending = channel.attr(PENDING).getAndSet(null);
        channel.close();
        if (pending != null) {
            pending.settle();
            pool.release(channel);
            pending.answer.failed(cause);
        }
    }

    @Override
    public void close() {
        pool.close();
        group.shutdownGracefully(0, 5, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
    }

    /** A call waiting for its answer, with the timer that gives up on it. */
    private static final class Pending {
        final Answer answer;

        @Nullable
        Future<?> timeout;

        Pending(Answer answer) {
            this.answer = answer;
        }

        void settle() {
            if (timeout != null) {
                timeout.cancel(false);
            }
        }
    }

    private final class AnswerHandler extends SimpleChannelInboundHandler<FullHttpResponse> {

        @Override
        protected void channelRead0(ChannelHandlerContext context, FullHttpResponse response) {
            Channel channel = context.channel();
            Pending pending = channel.attr(PENDING).getAndSet(null);
            if (pending == null) {
                channel.close(); // an answer nobody asked for (or one after its timeout)
                return;
            }
            pending.settle();
            int status = response.status().code();
            byte[] body = ByteBufUtil.getBytes(response.content());
            if (!HttpUtil.isKeepAlive(response)) {
                channel.close(); // e.g. Tomcat after 100 calls on one connection
            }
            // Back to the pool before the driver hears of it, so the next call reuses this connection.
            pool.release(channel);
            pending.answer.received(status, body);
        }

        @Override
        public void channelInactive(ChannelHandlerContext context) {
            fail(context.channel(), new IOException("connection closed before the answer"));
            context.fireChannelInactive();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            fail(context.channel(), cause);
        }
    }
}
