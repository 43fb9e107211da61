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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load: {@code clients} threads each send one GET, read the whole body, and send the next, until
 * the time is up, taking the URIs in turn (all clients share one rotation). Every request is bounded by a time-out,
 * so a stuck server cannot hang the benchmark.
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
        return run(List.of(uri), accept, clients, duration, warmUp);
    }

    public static Result run(List<URI> uris, String accept, int clients, Duration duration, Duration warmUp) {
        HttpClient http = client();
        List<HttpRequest> requests = uris.stream().map(u -> request(u, accept)).toList();
        loop(http, requests, clients, warmUp);
        return loop(http, requests, clients, duration);
    }

    /** Each URI once, one after another, on one client: the latency of a first request for each. */
    public static Result once(List<URI> uris, String accept) {
        HttpClient http = client();
        List<Long> latencies = new ArrayList<>();
        long failures = 0;
        int lastStatus = 0;
        long start = System.nanoTime();
        for (URI uri : uris) {
            long t0 = System.nanoTime();
            lastStatus = send(http, request(uri, accept));
            if (lastStatus == 200) {
                latencies.add(System.nanoTime() - t0);
            } else {
                failures++;
            }
        }
        return new Result(latencies.size(), failures, (System.nanoTime() - start) / 1e9,
                new Samples(latencies.stream().mapToLong(Long::longValue).toArray()), lastStatus);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpRequest request(URI uri, String accept) {
        return HttpRequest.newBuilder(uri).header("Accept", accept).timeout(REQUEST_TIMEOUT).GET().build();
    }

    private static Result loop(HttpClient http, List<HttpRequest> requests, int clients, Duration duration) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong failures = new AtomicLong();
        AtomicLong lastStatus = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try {
            List<Future<List<Long>>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                work.add(pool.submit(() -> {
                    List<Long> latencies = new ArrayList<>();
                    while (System.nanoTime() < deadline) {
                        HttpRequest request = requests.get(Math.floorMod(next.getAndIncrement(), requests.size()));
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
            throw new IllegalStateException("interrupted while measuring " + requests.get(0).uri(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("measuring " + requests.get(0).uri() + " failed: " + e.getCause(), e.getCause());
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
