const CONFIG_OFF = new Set(['StopConfigurationRecorder', 'DeleteConfigurationRecorder', 'DeleteDeliveryChannel']);

function guardDutyOff(event) {
  switch (event.eventName) {
    case 'DeleteDetector':
    case 'DisassociateFromMasterAccount':
    case 'DisassociateFromAdministratorAccount':
      return true;
    case 'UpdateDetector':
      return deep_get(event, 'requestParameters', 'enable') === false;
    case 'CreateFilter':
    case 'UpdateFilter':
      return deep_get(event, 'requestParameters', 'action') === 'ARCHIVE';
    default:
      return false;
  }
}

function rule(event) {
  if (event.errorCode) {
    return false;
  }
  if (event.eventSource === 'guardduty.amazonaws.com') {
    return guardDutyOff(event);
  }
  return event.eventSource === 'config.amazonaws.com' && CONFIG_OFF.has(event.eventName);
}

function service(event) {
  return event.eventSource === 'config.amazonaws.com' ? 'AWS Config' : 'GuardDuty';
}

function title(event) {
  const who = deep_get(event, 'userIdentity', 'arn') ?? 'an unknown principal';
  return `${service(event)} weakened in ${event.awsRegion ?? 'an unknown region'}: ${event.eventName} by ${who}`;
}

function dedup(event) {
  return `${service(event)}:${event.recipientAccountId ?? ''}:${event.awsRegion ?? ''}`;
}

function severity(event) {
  return event.eventName === 'CreateFilter' || event.eventName === 'UpdateFilter' ? 'MEDIUM' : 'DEFAULT';
}

function alert_context(event) {
  return {
    service: service(event),
    eventName: event.eventName,
    actor: deep_get(event, 'userIdentity', 'arn'),
    region: event.awsRegion ?? null,
    request: deep_get(event, 'requestParameters'),
  };
}
