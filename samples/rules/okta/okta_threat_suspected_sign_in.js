const SIGN_IN_TYPES = new Set(['user.session.start', 'policy.evaluate_sign_on', 'user.authentication.sso']);
const RISK_LEVEL = /level=([A-Z]+)/;

function riskLevel(event) {
  const risk = deep_get(event, 'debugContext', 'debugData', 'risk');
  const match = typeof risk === 'string' ? RISK_LEVEL.exec(risk) : null;
  return match ? match[1] : null;
}

function threatSuspected(event) {
  return deep_get(event, 'debugContext', 'debugData', 'threatSuspected') === 'true';
}

function rule(event) {
  if (event.eventType === 'security.threat.detected') {
    return true;
  }
  return SIGN_IN_TYPES.has(event.eventType) && (riskLevel(event) === 'HIGH' || threatSuspected(event));
}

function sourceIp(event) {
  const indicators = event.p_any_ip_addresses;
  if (Array.isArray(indicators) && indicators.length > 0) {
    return indicators.join(', ');
  }
  return deep_get(event, 'client', 'ipAddress') ?? 'an unknown address';
}

function title(event) {
  if (event.eventType === 'security.threat.detected') {
    const reason = deep_get(event, 'outcome', 'reason') ?? 'a threat';
    return `Okta ThreatInsight: ${reason} from ${sourceIp(event)}`;
  }
  const user = deep_get(event, 'actor', 'alternateId') ?? 'a user';
  return `Risky Okta sign-in for ${user} from ${sourceIp(event)}`;
}

function dedup(event) {
  return `${deep_get(event, 'actor', 'alternateId') ?? ''}:${deep_get(event, 'client', 'ipAddress') ?? ''}`;
}

function severity(event) {
  const result = deep_get(event, 'outcome', 'result');
  const succeeded = result === 'SUCCESS' || result === 'ALLOW';
  return succeeded && event.eventType !== 'security.threat.detected' ? 'HIGH' : 'DEFAULT';
}

function alert_context(event) {
  return {
    logType: event.p_log_type ?? null,
    user: deep_get(event, 'actor', 'alternateId'),
    ip: deep_get(event, 'client', 'ipAddress'),
    riskLevel: riskLevel(event),
    threatSuspected: threatSuspected(event),
    isProxy: deep_get(event, 'securityContext', 'isProxy'),
    behaviors: deep_get(event, 'debugContext', 'debugData', 'behaviors'),
  };
}
