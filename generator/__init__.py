"""Generate a typed httpx client and its pytest suite from an OpenAPI 3.0/3.1 spec.

The pipeline, one module per stage:

    load -> compose -> validate -> build IR -> name -> render -> format -> write
"""
