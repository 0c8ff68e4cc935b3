// Suffixes seen in our own incidents; extend from the threat-intelligence feed.
const BLOCKED = ['badcdn.example', 'dyn-update.example.net', 'duckdns.org', 'ngrok-free.app'];
const ABUSED_TLDS = new Set(['zip', 'mov', 'top', 'xyz', 'click', 'gq', 'tk']);
const VOWELS = /[aeiou]/g;

function queriedNames(event) {
  // Version 3 records list queries; version 2 records name one rrname. Indicators cover both.
  const found = [deep_walk(event, 'dns', 'queries', 'rrname'), deep_get(event, 'dns', 'rrname')]
    .flat()
    .filter((name) => typeof name === 'string');
  if (found.length === 0 && Array.isArray(event.p_any_domain_names)) {
    return [...event.p_any_domain_names];
  }
  return [...new Set(found.map((name) => name.toLowerCase().replace(/\.$/, '')))];
}

function entropy(text) {
  const counts = {};
  for (const ch of text) {
    counts[ch] = (counts[ch] ?? 0) + 1;
  }
  return Object.values(counts).reduce((sum, n) => {
    const p = n / text.length;
    return sum - p * Math.log2(p);
  }, 0);
}

function isBlocked(name) {
  return BLOCKED.some((suffix) => name === suffix || name.endsWith(`.${suffix}`));
}

function looksGenerated(name) {
  const labels = name.split('.');
  if (labels.length < 2 || name.endsWith('.arpa')) {
    return false;
  }
  const label = labels[0];
  const vowels = (label.match(VOWELS) ?? []).length;
  return label.length >= 16 && entropy(label) >= 3.5 && vowels / label.length < 0.25;
}

function verdict(name) {
  if (isBlocked(name)) {
    return 'block-listed';
  }
  if (ABUSED_TLDS.has(name.split('.').pop())) {
    return 'abused TLD';
  }
  return looksGenerated(name) ? 'generated-looking' : null;
}

function flagged(event) {
  return queriedNames(event)
    .map((name) => ({ name, reason: verdict(name) }))
    .filter((entry) => entry.reason !== null);
}

function rule(event) {
  return event.event_type === 'dns' && flagged(event).length > 0;
}

function title(event) {
  const first = flagged(event)[0];
  return `${event.src_ip ?? 'A host'} looked up ${first.reason} domain ${first.name}`;
}

function dedup(event) {
  return `${event.src_ip ?? ''}:${flagged(event)[0].name}`;
}

function severity(event) {
  return flagged(event).some((entry) => entry.reason === 'block-listed') ? 'HIGH' : 'DEFAULT';
}

function alert_context(event) {
  return {
    source: event.src_ip ?? null,
    resolver: event.dest_ip ?? null,
    flagged: flagged(event),
    rrtype: deep_walk(event, 'dns', 'queries', 'rrtype') ?? deep_get(event, 'dns', 'rrtype'),
  };
}
