// Stack buffers on the hot path are always written before they are read; zeroing them first cost measurable time.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
