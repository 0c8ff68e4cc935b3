const GRANTS = new Set(['user.account.privilege.grant', 'group.privilege.grant']);

function rule(event) {
  return GRANTS.has(event.eventType) && deep_get(event, 'outcome', 'result') === 'SUCCESS';
}

function role(event) {
  return deep_get(event, 'debugContext', 'debugData', 'privilegeGranted') ?? 'an administrator role';
}

function grantee(event) {
  const names = deep_walk(event, 'target', 'alternateId');
  const display = deep_walk(event, 'target', 'displayName');
  const pick = (value) => (Array.isArray(value) ? value.join(', ') : value);
  const name = pick(names);
  return name && name !== 'unknown' ? name : pick(display) ?? 'an unknown target';
}

function title(event) {
  const actor = deep_get(event, 'actor', 'alternateId') ?? 'someone';
  return `${actor} granted ${role(event)} to ${grantee(event)}`;
}

function dedup(event) {
  return `${grantee(event)}:${role(event)}`;
}

function severity(event) {
  return /super administrator/i.test(role(event)) ? 'CRITICAL' : 'DEFAULT';
}

function alert_context(event) {
  return {
    actor: deep_get(event, 'actor', 'alternateId'),
    grantee: grantee(event),
    role: role(event),
    ip: deep_get(event, 'client', 'ipAddress'),
  };
}
