# The replicas and who may purge: the part of the configuration that differs by site.
# Two replicas on this host (`npm start` with PORT=3001 and PORT=3002); compose.yaml and the
# Kubernetes manifests mount their own version of this file.
vcl 4.1;

probe healthz {
    .url = "/healthz";
    .interval = 500ms;
    .timeout = 500ms;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

backend replica1 {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = healthz;
    .connect_timeout = 500ms;
    .first_byte_timeout = 10s;
}

backend replica2 {
    .host = "127.0.0.1";
    .port = "3002";
    .probe = healthz;
    .connect_timeout = 500ms;
    .first_byte_timeout = 10s;
}

sub vcl_init {
    new replicas = directors.round_robin();
    replicas.add_backend(replica1);
    replicas.add_backend(replica2);
}

# Addresses allowed to PURGE (the importer's host, the purge job).
acl purgers {
    "127.0.0.1";
    "::1";
}
