# The cache tier in front of the replicas (Varnish 7; Debian 12's varnish 7.1).
#
# site.vcl (included below) names the replicas, the round-robin director `replicas` over them
# with /healthz probes, and the ACL `purgers`; this file is the policy, the same everywhere:
#
# - TTL from the origin's Cache-Control max-age; grace from its stale-while-revalidate (Varnish
#   reads it itself): a stale object is served while one background fetch revalidates it.
# - keep: expired objects with an ETag are kept a day more, so the refetch is a conditional
#   request the origin answers 304.
# - 5xx is never cached; a failed fetch (a replica gone) is retried on the next replica, and a
#   background fetch that fails keeps the stale object.
# - PURGE /v1/articles/{slug} (from `purgers` only) bans every representation of that article:
#   every path below it, every query string, every Vary variant, and the URLs of other spellings
#   and redirects that answered with it (matched by its canonical Link, not by a regex on input).
# - The change stream (/v1/changes/stream, server-sent events) is passed to a replica and streamed
#   to the client as each event arrives: never buffered until it ends (it does not end), never
#   stored. Its heartbeat keeps it well inside between_bytes_timeout. A client that
#   reconnects (a replica gone) sends Last-Event-ID, which passes through to the next replica.
# - PURGE /v1/snapshot bans every snapshot: the whole corpus and every `?since=` answer, in every
#   encoding (npm run purge sends it after the articles when the change feed lists any change).
#   The snapshot is cached like any answer, as the origin's gzip: the storage must have room for it.
# - X-Cache: HIT or MISS on every answer.
vcl 4.1;

import directors;

include "site.vcl";

sub vcl_recv {
    set req.backend_hint = replicas.backend();
    set req.http.x-cache = "MISS";

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "PURGE is not allowed from this address"));
        }
        if (req.url == "/v1/snapshot") {
            ban("obj.http.x-snapshot == yes");
            return (synth(200, "Purged"));
        }
        if (req.url !~ "^/v1/articles/[^/?]+$") {
            return (synth(400, "PURGE an article resource, /v1/articles/{slug}, or /v1/snapshot"));
        }
        ban("obj.http.x-article == " + req.url);
        ban("obj.http.x-url-article == " + req.url);
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Probes, the change feed and its stream are always the replica's own answer.
    if (req.url ~ "^/(healthz|readyz)" || req.url ~ "^/v1/changes") {
        return (pass);
    }
    # A snapshot is one long delivery: send_timeout bounds a whole delivery, and its default
    # would cut a slow client's download short.
    if (req.url ~ "^/v1/snapshot(\?|$)") {
        set sess.send_timeout = 2h;
    }
    # The API sets no cookies and reads none: they must not make every request a miss.
    unset req.http.cookie;
    return (hash);
}

sub vcl_backend_fetch {
    # A retry goes to the next replica of the director.
    set bereq.backend = replicas.backend();
}

sub vcl_backend_response {
    # Each event goes to the client as it arrives (do_stream is Varnish's default; said here, as
    # the stream depends on it).
    if (beresp.http.content-type ~ "^text/event-stream") {
        set beresp.do_stream = true;
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch) {
            return (abandon);
        }
        if (bereq.retries < 3 && (bereq.method == "GET" || bereq.method == "HEAD")) {
            return (retry);
        }
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    if (beresp.http.etag) {
        set beresp.keep = 1d;
    }
    # What PURGE bans match: the canonical article of the answer and the article of the URL.
    if (beresp.http.link ~ "^</v1/articles/[^/>?]+") {
        set beresp.http.x-article = regsub(beresp.http.link, "^<(/v1/articles/[^/>?]+).*$", "\1");
    }
    if (bereq.url ~ "^/v1/articles/[^/?]+") {
        set beresp.http.x-url-article = regsub(bereq.url, "^(/v1/articles/[^/?]+).*$", "\1");
    }
    if (bereq.url ~ "^/v1/snapshot(\?|$)") {
        set beresp.http.x-snapshot = "yes";
    }
}

sub vcl_backend_error {
    # Connection refused or reset (a replica killed): the next replica. Up to three retries: other
    # fetches move the round robin on meanwhile, so the next pick can be the failed replica again
    # until its probe marks it sick.
    if (bereq.retries < 3) {
        return (retry);
    }
}

sub vcl_hit {
    set req.http.x-cache = "HIT";
}

sub vcl_deliver {
    set resp.http.x-cache = req.http.x-cache;
    unset resp.http.x-article;
    unset resp.http.x-url-article;
    unset resp.http.x-snapshot;
    unset resp.http.via;
    unset resp.http.x-varnish;
}
