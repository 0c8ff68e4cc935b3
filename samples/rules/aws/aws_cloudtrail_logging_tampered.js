const ALWAYS = new Set(['StopLogging', 'DeleteTrail']);

// UpdateTrail parameters that weaken a trail when they take these values.
function weakensTrail(params) {
  if (params === null) {
    return false;
  }
  return params.isMultiRegionTrail === false
    || params.includeGlobalServiceEvents === false
    || params.enableLogFileValidation === false
    || typeof params.s3BucketName === 'string';
}

function rule(event) {
  if (event.eventSource !== 'cloudtrail.amazonaws.com' || event.errorCode) {
    return false;
  }
  if (ALWAYS.has(event.eventName)) {
    return true;
  }
  return event.eventName === 'UpdateTrail' && weakensTrail(deep_get(event, 'requestParameters'));
}

function trailName(event) {
  return deep_get(event, 'requestParameters', 'name') ?? 'a trail';
}

function title(event) {
  const who = deep_get(event, 'userIdentity', 'arn') ?? 'an unknown principal';
  return `${event.eventName} on ${trailName(event)} by ${who}`;
}

function dedup(event) {
  return `${event.recipientAccountId ?? ''}:${trailName(event)}`;
}

function severity(event) {
  return event.eventName === 'UpdateTrail' ? 'MEDIUM' : 'DEFAULT';
}

function alert_context(event) {
  return {
    eventName: event.eventName,
    trail: trailName(event),
    actor: deep_get(event, 'userIdentity', 'arn'),
    region: event.awsRegion ?? null,
    sourceIPs: event.p_any_ip_addresses ?? [event.sourceIPAddress ?? null],
    logType: event.p_log_type ?? null,
  };
}
