const WORLD = new Set(['0.0.0.0/0', '::/0']);
const WEB_PORTS = new Set([80, 443]);

function openPermissions(event) {
  const items = deep_get(event, 'requestParameters', 'ipPermissions', 'items') ?? [];
  return items.filter((permission) => {
    const v4 = deep_walk(permission, 'ipRanges', 'items', 'cidrIp');
    const v6 = deep_walk(permission, 'ipv6Ranges', 'items', 'cidrIpv6');
    return [v4, v6].flat().some((cidr) => WORLD.has(cidr));
  });
}

function rule(event) {
  return event.eventSource === 'ec2.amazonaws.com'
    && event.eventName === 'AuthorizeSecurityGroupIngress'
    && !event.errorCode
    && openPermissions(event).length > 0;
}

function portText(permission) {
  if (permission.ipProtocol === '-1') {
    return 'all traffic';
  }
  const from = permission.fromPort;
  const to = permission.toPort;
  return from === to ? `${permission.ipProtocol}/${from}` : `${permission.ipProtocol}/${from}-${to}`;
}

function title(event) {
  const group = deep_get(event, 'requestParameters', 'groupId') ?? 'a security group';
  const ports = openPermissions(event).map(portText).join(', ');
  return `${group} opened to the internet on ${ports}`;
}

function dedup(event) {
  return deep_get(event, 'requestParameters', 'groupId') ?? '';
}

function severity(event) {
  const onlyWeb = openPermissions(event).every((permission) =>
    permission.ipProtocol === 'tcp' && permission.fromPort === permission.toPort
      && WEB_PORTS.has(permission.fromPort));
  return onlyWeb ? 'LOW' : 'HIGH';
}

function alert_context(event) {
  return {
    groupId: deep_get(event, 'requestParameters', 'groupId'),
    actor: deep_get(event, 'userIdentity', 'arn'),
    account: event.recipientAccountId ?? null,
    region: event.awsRegion ?? null,
    openPorts: openPermissions(event).map(portText),
  };
}
