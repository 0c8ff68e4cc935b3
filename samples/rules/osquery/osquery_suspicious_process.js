const PATTERNS = [
  { name: 'download piped to shell', re: /\b(curl|wget)\b[^|]*\|\s*(sudo\s+)?(ba|z|da)?sh\b/ },
  { name: 'netcat with -e', re: /\b(nc|ncat|netcat)\b.*\s-[a-z]*[ec]\s/ },
  { name: 'shell to /dev/tcp', re: /\/dev\/(tcp|udp)\/[^/\s]+\/\d+/ },
  { name: 'socat exec', re: /\bsocat\b.*\bexec:/i },
  { name: 'python reverse shell', re: /python[23]?\s+-c\s.*socket.*(dup2|pty\.spawn)/ },
];

function isProcessQuery(event) {
  return typeof event.name === 'string' && /process/.test(event.name);
}

function matchedPattern(event) {
  const cmdline = deep_get(event, 'columns', 'cmdline');
  if (typeof cmdline !== 'string') {
    return null;
  }
  return PATTERNS.find((pattern) => pattern.re.test(cmdline)) ?? null;
}

function rule(event) {
  return event.action === 'added' && isProcessQuery(event) && matchedPattern(event) !== null;
}

function title(event) {
  return `${matchedPattern(event).name} on ${event.hostIdentifier}: ${deep_get(event, 'columns', 'cmdline')}`;
}

function dedup(event) {
  return `${event.hostIdentifier}:${deep_get(event, 'columns', 'cmdline')}`;
}

function severity(event) {
  return deep_get(event, 'columns', 'uid') === '0' ? 'CRITICAL' : 'DEFAULT';
}

function alert_context(event) {
  return {
    host: event.hostIdentifier,
    query: event.name,
    pattern: matchedPattern(event).name,
    cmdline: deep_get(event, 'columns', 'cmdline'),
    path: deep_get(event, 'columns', 'path'),
    uid: deep_get(event, 'columns', 'uid'),
    parent: deep_get(event, 'columns', 'parent'),
    user: deep_get(event, 'decorations', 'username'),
  };
}
