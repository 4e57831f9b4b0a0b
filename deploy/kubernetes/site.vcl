# Kubernetes: one backend, the replicas' Service; kube-proxy spreads connections over the ready
# pods and their readiness probes take failing ones out. (Varnish resolves a backend's host once,
# when the VCL loads, so pods' own addresses would go stale as pods are replaced; with a fixed
# set of replicas, a StatefulSet and a headless Service, list each pod as in
# deploy/varnish/site.vcl instead and reload the VCL when they move.)
vcl 4.1;

probe healthz {
    .url = "/healthz";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
}

backend api {
    .host = "encyclopedia-api";
    .port = "3000";
    .probe = healthz;
    .connect_timeout = 1s;
}

sub vcl_init {
    new replicas = directors.round_robin();
    replicas.add_backend(api);
}

# Pod network addresses allowed to PURGE (the purge job): narrow it to your cluster's.
acl purgers {
    "127.0.0.1";
    "10.0.0.0"/8;
}
