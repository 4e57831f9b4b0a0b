# The compose file's replicas and purgers (see deploy/varnish/site.vcl for the fields).
vcl 4.1;

probe healthz {
    .url = "/healthz";
    .interval = 1s;
    .timeout = 500ms;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

backend replica1 {
    .host = "replica1";
    .port = "3000";
    .probe = healthz;
    .connect_timeout = 500ms;
}

backend replica2 {
    .host = "replica2";
    .port = "3000";
    .probe = healthz;
    .connect_timeout = 500ms;
}

sub vcl_init {
    new replicas = directors.round_robin();
    replicas.add_backend(replica1);
    replicas.add_backend(replica2);
}

# The compose network (the purge service); narrow it to your own.
acl purgers {
    "127.0.0.1";
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}
