"""Generate a typed httpx client and its pytest suite from an OpenAPI 3.0/3.1 spec.

The pipeline (``pipeline.py``), one module per stage, each taking what the
one before gives:

    stage       module                 takes -> gives
    load        load.py, load_yaml.py, a file (and the files it refers to) -> a Document:
                bundle.py              plain data and a map of line numbers
    compose     compose.py             the spec, overlays, fragments -> one Document
    validate    validate.py            a Document -> the same, or located errors
    build IR    build.py, typemodel.py, a Document -> ``ir.Api``: resources, operations,
                bodies.py, responses.py models and unions, every ``$ref`` resolved
    name        naming.py              ``ir.Api`` -> the same with every Python name filled in
    render      views_*.py, render.py  ``ir.Api`` -> typed views -> {path: text} (Jinja)
    format      format.py, layout.py   {path: text} -> the same, laid out as black would
    write       write.py, edits.py     {path: text} -> the output folder, all or nothing,
                                       hand edits merged back in

Beside the pipeline: ``signatures.py`` decides what each method takes and
returns (as the type model's terms), ``literals.py`` makes spec text safe to
print, ``samples.py``, ``testplan.py`` and ``refusals.py`` decide what the
generated tests send and expect, ``readme.py`` what the client's README
says, ``apidiff.py`` what changed in a client's API between two specs, and
``incremental.py`` and ``fingerprint.py`` what a run can reuse from the last,
``memo.py`` keeps what a pure function of spec text worked out,
``forked.py`` runs work in forked processes while the run goes on, and
``interrupts.py`` holds Ctrl-C back while an interrupt would leave something
half done.
Problems found in the input are ``errors.Problem`` values (file, line, JSON
pointer); a bug of the generator is ``errors.GeneratorBug``.
"""
