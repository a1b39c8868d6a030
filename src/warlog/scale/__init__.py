"""Scale-out: the same pipeline mapped over partitions of a corpus (Dask)."""
