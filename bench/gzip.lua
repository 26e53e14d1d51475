-- wrk script: ask for gzip like a browser does.
wrk.headers["Accept-Encoding"] = "gzip"
