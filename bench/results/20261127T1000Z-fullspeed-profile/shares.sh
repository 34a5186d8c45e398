#!/usr/bin/env bash
# The figures BENCHMARKS.md session 11 quotes from this profile: the request threads' share of all samples,
# and the shares of the frames their time goes through (session 10's inclusive.py, filtered to those threads).
cd "$(dirname "$0")"
python3 ../20261127T053131Z-profile/inclusive.py cpu.collapsed.gz \
  'ThreadPoolExecutor.runWorker|SocketProcessorBase.run|ApplicationFilterChain.doFilter$|FilterChainProxy.doFilter$|SignatureFilter.doFilterInternal|DispatcherServlet.doDispatch|SendInboxController.send|RequestLocks.withLock|ServletServerHttpResponse.flush|NioSocketWrapper.doWrite|Http11OutputBuffer.flush$|Http11OutputBuffer.end$' \
  'http-nio.*exec' 20
