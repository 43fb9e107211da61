package org.migkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load: {@code clients} threads each send one GET, read the whole body, and send the next, until
 * the time is up. Every request is bounded by a time-out, so a stuck server cannot hang the benchmark.
 */
public final class HttpLoad {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** What a load measured: throughput over the whole window, latency of the successful requests. */
    public record Result(long requests, long failures, double seconds, Samples latency, int lastStatus) {
        public double perSecond() {
            return requests / seconds;
        }

        /** Two windows of the same load taken together. */
        public Result plus(Result other) {
            return new Result(requests + other.requests, failures + other.failures, seconds + other.seconds,
                    latency.plus(other.latency), other.lastStatus);
        }
    }

    private HttpLoad() {}

    public static Result run(URI uri, String accept, int clients, Duration duration, Duration warmUp) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", accept).timeout(REQUEST_TIMEOUT).GET().build();
        loop(http, request, clients, warmUp);
        return loop(http, request, clients, duration);
    }

    private static Result loop(HttpClient http, HttpRequest request, int clients, Duration duration) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong failures = new AtomicLong();
        AtomicLong lastStatus = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try {
            List<Future<List<Long>>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                work.add(pool.submit(() -> {
                    List<Long> latencies = new ArrayList<>();
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        int status = send(http, request);
                        long took = System.nanoTime() - t0;
                        lastStatus.set(status);
                        if (status == 200) {
                            latencies.add(took);
                        } else {
                            failures.incrementAndGet();
                        }
                    }
                    return latencies;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : work) {
                all.addAll(f.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(all.size(), failures.get(), seconds, new Samples(all.stream().mapToLong(Long::longValue).toArray()),
                    (int) lastStatus.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring " + request.uri(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("measuring " + request.uri() + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static int send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return response.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
