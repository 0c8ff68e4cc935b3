CREATE DATABASE IF NOT EXISTS `panther_logs`
;

CREATE DATABASE IF NOT EXISTS `panther_rule_matches`
;

CREATE DATABASE IF NOT EXISTS `panther_rule_errors`
;

CREATE DATABASE IF NOT EXISTS `panther_alerts`
;

CREATE DATABASE IF NOT EXISTS `panther_views`
;

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_logs`.`okta_systemlog` (
  `uuid` string,
  `published` timestamp,
  `eventType` string,
  `version` string,
  `severity` string,
  `legacyEventType` string,
  `displayMessage` string,
  `actor` struct<id:string,type:string,alternateId:string,displayName:string,detailEntry:string>,
  `client` struct<userAgent:struct<rawUserAgent:string,os:string,browser:string>,zone:string,device:string,id:string,ipAddress:string,geographicalContext:struct<city:string,state:string,country:string,postalCode:string,geolocation:struct<lat:double,lon:double>>,ipChain:array<struct<ip:string,geographicalContext:struct<city:string,state:string,country:string,postalCode:string,geolocation:struct<lat:double,lon:double>>,version:string,source:string>>>,
  `device` struct<id:string,name:string,os_platform:string,os_version:string,managed:boolean,registered:boolean,device_integrator:string,disk_encryption_type:string,screen_lock_type:string,jailbreak:boolean,secure_hardware_present:boolean>,
  `authenticationContext` struct<authenticationProvider:string,credentialProvider:string,credentialType:string,issuer:struct<id:string,type:string>,interface:string,authenticationStep:int,externalSessionId:string,rootSessionId:string>,
  `securityContext` struct<asNumber:bigint,asOrg:string,isp:string,domain:string,isProxy:boolean>,
  `request` struct<ipChain:array<struct<ip:string,geographicalContext:struct<city:string,state:string,country:string,postalCode:string,geolocation:struct<lat:double,lon:double>>,version:string,source:string>>>,
  `target` array<struct<id:string,type:string,alternateId:string,displayName:string,detailEntry:string,changeDetails:string>>,
  `transaction` struct<type:string,id:string,detail:string>,
  `debugContext` struct<debugData:string>,
  `outcome` struct<result:string,reason:string>,
  `p_log_type` string,
  `p_row_id` string,
  `p_event_time` timestamp,
  `p_parse_time` timestamp,
  `p_source_id` string,
  `p_source_label` string,
  `p_any_ip_addresses` array<string>,
  `p_any_domain_names` array<string>,
  `p_any_md5_hashes` array<string>,
  `p_any_sha1_hashes` array<string>,
  `p_any_sha256_hashes` array<string>,
  `p_any_trace_ids` array<string>,
  `p_any_aws_account_ids` array<string>,
  `p_any_aws_instance_ids` array<string>,
  `p_any_aws_arns` array<string>,
  `p_any_aws_tags` array<string>,
  `p_any_emails` array<string>,
  `p_any_usernames` array<string>,
  `p_any_mac_addresses` array<string>,
  `p_any_urls` array<string>,
  `p_parse_errors` array<struct<path:string,reason:string>>,
  `p_enrichment` string,
  `p_overflow` string
)
PARTITIONED BY (`year` int, `month` int, `day` int, `hour` int)
STORED AS PARQUET
LOCATION 's3://example-bucket/panther/logs/okta_systemlog/'
TBLPROPERTIES (
  'projection.enabled'='true',
  'projection.year.type'='integer',
  'projection.year.range'='2020,2039',
  'projection.year.digits'='4',
  'projection.month.type'='integer',
  'projection.month.range'='1,12',
  'projection.month.digits'='2',
  'projection.day.type'='integer',
  'projection.day.range'='1,31',
  'projection.day.digits'='2',
  'projection.hour.type'='integer',
  'projection.hour.range'='0,23',
  'projection.hour.digits'='2',
  'storage.location.template'='s3://example-bucket/panther/logs/okta_systemlog/year=${year}/month=${month}/day=${day}/hour=${hour}/'
)
;

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_rule_matches`.`okta_systemlog` (
  `uuid` string,
  `published` timestamp,
  `eventType` string,
  `version` string,
  `severity` string,
  `legacyEventType` string,
  `displayMessage` string,
  `actor` struct<id:string,type:string,alternateId:string,displayName:string,detailEntry:string>,
  `client` struct<userAgent:struct<rawUserAgent:string,os:string,browser:string>,zone:string,device:string,id:string,ipAddress:string,geographicalContext:struct<city:string,state:string,country:string,postalCode:string,geolocation:struct<lat:double,lon:double>>,ipChain:array<struct<ip:string,geographicalContext:struct<city:string,state:string,country:string,postalCode:string,geolocation:struct<lat:double,lon:double>>,version:string,source:string>>>,
  `device` struct<id:string,name:string,os_platform:string,os_version:string,managed:boolean,registered:boolean,device_integrator:string,disk_encryption_type:string,screen_lock_type:string,jailbreak:boolean,secure_hardware_present:boolean>,
  `authenticationContext` struct<authenticationProvider:string,credentialProvider:string,credentialType:string,issuer:struct<id:string,type:string>,interface:string,authenticationStep:int,externalSessionId:string,rootSessionId:string>,
  `securityContext` struct<asNumber:bigint,asOrg:string,isp:string,domain:string,isProxy:boolean>,
  `request` struct<ipChain:array<struct<ip:string,geographicalContext:struct<city:string,state:string,country:string,postalCode:string,geolocation:struct<lat:double,lon:double>>,version:string,source:string>>>,
  `target` array<struct<id:string,type:string,alternateId:string,displayName:string,detailEntry:string,changeDetails:string>>,
  `transaction` struct<type:string,id:string,detail:string>,
  `debugContext` struct<debugData:string>,
  `outcome` struct<result:string,reason:string>,
  `p_log_type` string,
  `p_row_id` string,
  `p_event_time` timestamp,
  `p_parse_time` timestamp,
  `p_source_id` string,
  `p_source_label` string,
  `p_any_ip_addresses` array<string>,
  `p_any_domain_names` array<string>,
  `p_any_md5_hashes` array<string>,
  `p_any_sha1_hashes` array<string>,
  `p_any_sha256_hashes` array<string>,
  `p_any_trace_ids` array<string>,
  `p_any_aws_account_ids` array<string>,
  `p_any_aws_instance_ids` array<string>,
  `p_any_aws_arns` array<string>,
  `p_any_aws_tags` array<string>,
  `p_any_emails` array<string>,
  `p_any_usernames` array<string>,
  `p_any_mac_addresses` array<string>,
  `p_any_urls` array<string>,
  `p_parse_errors` array<struct<path:string,reason:string>>,
  `p_enrichment` string,
  `p_overflow` string,
  `p_rule_id` string,
  `p_alert_id` string,
  `p_alert_context` string,
  `p_alert_creation_time` timestamp,
  `p_alert_update_time` timestamp,
  `p_rule_tags` array<string>,
  `p_rule_reports` map<string,array<string>>
)
PARTITIONED BY (`year` int, `month` int, `day` int, `hour` int)
STORED AS PARQUET
LOCATION 's3://example-bucket/panther/rule_matches/okta_systemlog/'
TBLPROPERTIES (
  'projection.enabled'='true',
  'projection.year.type'='integer',
  'projection.year.range'='2020,2039',
  'projection.year.digits'='4',
  'projection.month.type'='integer',
  'projection.month.range'='1,12',
  'projection.month.digits'='2',
  'projection.day.type'='integer',
  'projection.day.range'='1,31',
  'projection.day.digits'='2',
  'projection.hour.type'='integer',
  'projection.hour.range'='0,23',
  'projection.hour.digits'='2',
  'storage.location.template'='s3://example-bucket/panther/rule_matches/okta_systemlog/year=${year}/month=${month}/day=${day}/hour=${hour}/'
)
;

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_rule_errors`.`okta_systemlog` (
  `uuid` string,
  `published` timestamp,
  `eventType` string,
  `version` string,
  `severity` string,
  `legacyEventType` string,
  `displayMessage` string,
  `actor` struct<id:string,type:string,alternateId:string,displayName:string,detailEntry:string>,
  `client` struct<userAgent:struct<rawUserAgent:string,os:string,browser:string>,zone:string,device:string,id:string,ipAddress:string,geographicalContext:struct<city:string,state:string,country:string,postalCode:string,geolocation:struct<lat:double,lon:double>>,ipChain:array<struct<ip:string,geographicalContext:struct<city:string,state:string,country:string,postalCode:string,geolocation:struct<lat:double,lon:double>>,version:string,source:string>>>,
  `device` struct<id:string,name:string,os_platform:string,os_version:string,managed:boolean,registered:boolean,device_integrator:string,disk_encryption_type:string,screen_lock_type:string,jailbreak:boolean,secure_hardware_present:boolean>,
  `authenticationContext` struct<authenticationProvider:string,credentialProvider:string,credentialType:string,issuer:struct<id:string,type:string>,interface:string,authenticationStep:int,externalSessionId:string,rootSessionId:string>,
  `securityContext` struct<asNumber:bigint,asOrg:string,isp:string,domain:string,isProxy:boolean>,
  `request` struct<ipChain:array<struct<ip:string,geographicalContext:struct<city:string,state:string,country:string,postalCode:string,geolocation:struct<lat:double,lon:double>>,version:string,source:string>>>,
  `target` array<struct<id:string,type:string,alternateId:string,displayName:string,detailEntry:string,changeDetails:string>>,
  `transaction` struct<type:string,id:string,detail:string>,
  `debugContext` struct<debugData:string>,
  `outcome` struct<result:string,reason:string>,
  `p_log_type` string,
  `p_row_id` string,
  `p_event_time` timestamp,
  `p_parse_time` timestamp,
  `p_source_id` string,
  `p_source_label` string,
  `p_any_ip_addresses` array<string>,
  `p_any_domain_names` array<string>,
  `p_any_md5_hashes` array<string>,
  `p_any_sha1_hashes` array<string>,
  `p_any_sha256_hashes` array<string>,
  `p_any_trace_ids` array<string>,
  `p_any_aws_account_ids` array<string>,
  `p_any_aws_instance_ids` array<string>,
  `p_any_aws_arns` array<string>,
  `p_any_aws_tags` array<string>,
  `p_any_emails` array<string>,
  `p_any_usernames` array<string>,
  `p_any_mac_addresses` array<string>,
  `p_any_urls` array<string>,
  `p_parse_errors` array<struct<path:string,reason:string>>,
  `p_enrichment` string,
  `p_overflow` string,
  `p_rule_id` string,
  `p_alert_id` string,
  `p_alert_context` string,
  `p_alert_creation_time` timestamp,
  `p_alert_update_time` timestamp,
  `p_rule_tags` array<string>,
  `p_rule_reports` map<string,array<string>>,
  `p_rule_error` string
)
PARTITIONED BY (`year` int, `month` int, `day` int, `hour` int)
STORED AS PARQUET
LOCATION 's3://example-bucket/panther/rule_errors/okta_systemlog/'
TBLPROPERTIES (
  'projection.enabled'='true',
  'projection.year.type'='integer',
  'projection.year.range'='2020,2039',
  'projection.year.digits'='4',
  'projection.month.type'='integer',
  'projection.month.range'='1,12',
  'projection.month.digits'='2',
  'projection.day.type'='integer',
  'projection.day.range'='1,31',
  'projection.day.digits'='2',
  'projection.hour.type'='integer',
  'projection.hour.range'='0,23',
  'projection.hour.digits'='2',
  'storage.location.template'='s3://example-bucket/panther/rule_errors/okta_systemlog/year=${year}/month=${month}/day=${day}/hour=${hour}/'
)
;

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_alerts`.`alerts` (
  `alert_id` string,
  `type` string,
  `rule_id` string,
  `rule_version` string,
  `title` string,
  `severity` string,
  `dedup` string,
  `creation_time` timestamp,
  `update_time` timestamp,
  `event_count` bigint,
  `raised` boolean,
  `log_types` array<string>,
  `tags` array<string>,
  `reports` map<string,array<string>>,
  `context` string,
  `description` string,
  `runbook` string,
  `reference` string,
  `destinations` array<string>,
  `error` string,
  `summary` string
)
PARTITIONED BY (`year` int, `month` int, `day` int, `hour` int)
STORED AS PARQUET
LOCATION 's3://example-bucket/panther/alerts/alerts/'
TBLPROPERTIES (
  'projection.enabled'='true',
  'projection.year.type'='integer',
  'projection.year.range'='2020,2039',
  'projection.year.digits'='4',
  'projection.month.type'='integer',
  'projection.month.range'='1,12',
  'projection.month.digits'='2',
  'projection.day.type'='integer',
  'projection.day.range'='1,31',
  'projection.day.digits'='2',
  'projection.hour.type'='integer',
  'projection.hour.range'='0,23',
  'projection.hour.digits'='2',
  'storage.location.template'='s3://example-bucket/panther/alerts/alerts/year=${year}/month=${month}/day=${day}/hour=${hour}/'
)
;

CREATE OR REPLACE VIEW "panther_views"."all_logs" AS
SELECT 'panther_logs' AS "p_db_name", 'okta_systemlog' AS "p_table_name",
  "p_log_type", "p_row_id", "p_event_time", "p_parse_time", "p_source_id", "p_source_label",
  "p_any_ip_addresses", "p_any_domain_names", "p_any_md5_hashes", "p_any_sha1_hashes",
  "p_any_sha256_hashes", "p_any_trace_ids", "p_any_aws_account_ids", "p_any_aws_instance_ids",
  "p_any_aws_arns", "p_any_aws_tags", "p_any_emails", "p_any_usernames", "p_any_mac_addresses",
  "p_any_urls", "p_parse_errors", "p_enrichment", "p_overflow", "year", "month", "day", "hour"
FROM "panther_logs"."okta_systemlog"
;
