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

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_logs`.`osquery_differential` (
  `name` string,
  `action` string,
  `columns` map<string,string>,
  `hostIdentifier` string,
  `hostname` string,
  `calendarTime` timestamp,
  `unixTime` bigint,
  `epoch` bigint,
  `counter` bigint,
  `numerics` boolean,
  `logNumericsAsNumbers` boolean,
  `decorations` map<string,string>,
  `log_type` string,
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
LOCATION 's3://example-bucket/panther/logs/osquery_differential/'
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
  'storage.location.template'='s3://example-bucket/panther/logs/osquery_differential/year=${year}/month=${month}/day=${day}/hour=${hour}/'
)
;

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_rule_matches`.`osquery_differential` (
  `name` string,
  `action` string,
  `columns` map<string,string>,
  `hostIdentifier` string,
  `hostname` string,
  `calendarTime` timestamp,
  `unixTime` bigint,
  `epoch` bigint,
  `counter` bigint,
  `numerics` boolean,
  `logNumericsAsNumbers` boolean,
  `decorations` map<string,string>,
  `log_type` string,
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
LOCATION 's3://example-bucket/panther/rule_matches/osquery_differential/'
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
  'storage.location.template'='s3://example-bucket/panther/rule_matches/osquery_differential/year=${year}/month=${month}/day=${day}/hour=${hour}/'
)
;

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_rule_errors`.`osquery_differential` (
  `name` string,
  `action` string,
  `columns` map<string,string>,
  `hostIdentifier` string,
  `hostname` string,
  `calendarTime` timestamp,
  `unixTime` bigint,
  `epoch` bigint,
  `counter` bigint,
  `numerics` boolean,
  `logNumericsAsNumbers` boolean,
  `decorations` map<string,string>,
  `log_type` string,
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
LOCATION 's3://example-bucket/panther/rule_errors/osquery_differential/'
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
  'storage.location.template'='s3://example-bucket/panther/rule_errors/osquery_differential/year=${year}/month=${month}/day=${day}/hour=${hour}/'
)
;

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_logs`.`osquery_batch` (
  `diffResults` struct<added:array<map<string,string>>,removed:array<map<string,string>>>,
  `name` string,
  `hostIdentifier` string,
  `hostname` string,
  `calendarTime` timestamp,
  `unixTime` bigint,
  `epoch` bigint,
  `counter` bigint,
  `numerics` boolean,
  `logNumericsAsNumbers` boolean,
  `decorations` map<string,string>,
  `log_type` string,
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
LOCATION 's3://example-bucket/panther/logs/osquery_batch/'
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
  'storage.location.template'='s3://example-bucket/panther/logs/osquery_batch/year=${year}/month=${month}/day=${day}/hour=${hour}/'
)
;

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_rule_matches`.`osquery_batch` (
  `diffResults` struct<added:array<map<string,string>>,removed:array<map<string,string>>>,
  `name` string,
  `hostIdentifier` string,
  `hostname` string,
  `calendarTime` timestamp,
  `unixTime` bigint,
  `epoch` bigint,
  `counter` bigint,
  `numerics` boolean,
  `logNumericsAsNumbers` boolean,
  `decorations` map<string,string>,
  `log_type` string,
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
LOCATION 's3://example-bucket/panther/rule_matches/osquery_batch/'
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
  'storage.location.template'='s3://example-bucket/panther/rule_matches/osquery_batch/year=${year}/month=${month}/day=${day}/hour=${hour}/'
)
;

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_rule_errors`.`osquery_batch` (
  `diffResults` struct<added:array<map<string,string>>,removed:array<map<string,string>>>,
  `name` string,
  `hostIdentifier` string,
  `hostname` string,
  `calendarTime` timestamp,
  `unixTime` bigint,
  `epoch` bigint,
  `counter` bigint,
  `numerics` boolean,
  `logNumericsAsNumbers` boolean,
  `decorations` map<string,string>,
  `log_type` string,
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
LOCATION 's3://example-bucket/panther/rule_errors/osquery_batch/'
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
  'storage.location.template'='s3://example-bucket/panther/rule_errors/osquery_batch/year=${year}/month=${month}/day=${day}/hour=${hour}/'
)
;

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_logs`.`osquery_snapshot` (
  `action` string,
  `snapshot` array<map<string,string>>,
  `name` string,
  `hostIdentifier` string,
  `hostname` string,
  `calendarTime` timestamp,
  `unixTime` bigint,
  `epoch` bigint,
  `counter` bigint,
  `numerics` boolean,
  `logNumericsAsNumbers` boolean,
  `decorations` map<string,string>,
  `log_type` string,
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
LOCATION 's3://example-bucket/panther/logs/osquery_snapshot/'
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
  'storage.location.template'='s3://example-bucket/panther/logs/osquery_snapshot/year=${year}/month=${month}/day=${day}/hour=${hour}/'
)
;

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_rule_matches`.`osquery_snapshot` (
  `action` string,
  `snapshot` array<map<string,string>>,
  `name` string,
  `hostIdentifier` string,
  `hostname` string,
  `calendarTime` timestamp,
  `unixTime` bigint,
  `epoch` bigint,
  `counter` bigint,
  `numerics` boolean,
  `logNumericsAsNumbers` boolean,
  `decorations` map<string,string>,
  `log_type` string,
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
LOCATION 's3://example-bucket/panther/rule_matches/osquery_snapshot/'
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
  'storage.location.template'='s3://example-bucket/panther/rule_matches/osquery_snapshot/year=${year}/month=${month}/day=${day}/hour=${hour}/'
)
;

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_rule_errors`.`osquery_snapshot` (
  `action` string,
  `snapshot` array<map<string,string>>,
  `name` string,
  `hostIdentifier` string,
  `hostname` string,
  `calendarTime` timestamp,
  `unixTime` bigint,
  `epoch` bigint,
  `counter` bigint,
  `numerics` boolean,
  `logNumericsAsNumbers` boolean,
  `decorations` map<string,string>,
  `log_type` string,
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
LOCATION 's3://example-bucket/panther/rule_errors/osquery_snapshot/'
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
  'storage.location.template'='s3://example-bucket/panther/rule_errors/osquery_snapshot/year=${year}/month=${month}/day=${day}/hour=${hour}/'
)
;

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_logs`.`osquery_status` (
  `filename` string,
  `line` bigint,
  `severity` bigint,
  `version` string,
  `message` string,
  `hostIdentifier` string,
  `calendarTime` timestamp,
  `unixTime` bigint,
  `decorations` map<string,string>,
  `log_type` string,
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
LOCATION 's3://example-bucket/panther/logs/osquery_status/'
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
  'storage.location.template'='s3://example-bucket/panther/logs/osquery_status/year=${year}/month=${month}/day=${day}/hour=${hour}/'
)
;

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_rule_matches`.`osquery_status` (
  `filename` string,
  `line` bigint,
  `severity` bigint,
  `version` string,
  `message` string,
  `hostIdentifier` string,
  `calendarTime` timestamp,
  `unixTime` bigint,
  `decorations` map<string,string>,
  `log_type` string,
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
LOCATION 's3://example-bucket/panther/rule_matches/osquery_status/'
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
  'storage.location.template'='s3://example-bucket/panther/rule_matches/osquery_status/year=${year}/month=${month}/day=${day}/hour=${hour}/'
)
;

CREATE EXTERNAL TABLE IF NOT EXISTS `panther_rule_errors`.`osquery_status` (
  `filename` string,
  `line` bigint,
  `severity` bigint,
  `version` string,
  `message` string,
  `hostIdentifier` string,
  `calendarTime` timestamp,
  `unixTime` bigint,
  `decorations` map<string,string>,
  `log_type` string,
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
LOCATION 's3://example-bucket/panther/rule_errors/osquery_status/'
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
  'storage.location.template'='s3://example-bucket/panther/rule_errors/osquery_status/year=${year}/month=${month}/day=${day}/hour=${hour}/'
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
SELECT 'panther_logs' AS "p_db_name", 'osquery_differential' AS "p_table_name",
  "p_log_type", "p_row_id", "p_event_time", "p_parse_time", "p_source_id", "p_source_label",
  "p_any_ip_addresses", "p_any_domain_names", "p_any_md5_hashes", "p_any_sha1_hashes",
  "p_any_sha256_hashes", "p_any_trace_ids", "p_any_aws_account_ids", "p_any_aws_instance_ids",
  "p_any_aws_arns", "p_any_aws_tags", "p_any_emails", "p_any_usernames", "p_any_mac_addresses",
  "p_any_urls", "p_parse_errors", "p_enrichment", "p_overflow", "year", "month", "day", "hour"
FROM "panther_logs"."osquery_differential"
UNION ALL
SELECT 'panther_logs' AS "p_db_name", 'osquery_batch' AS "p_table_name",
  "p_log_type", "p_row_id", "p_event_time", "p_parse_time", "p_source_id", "p_source_label",
  "p_any_ip_addresses", "p_any_domain_names", "p_any_md5_hashes", "p_any_sha1_hashes",
  "p_any_sha256_hashes", "p_any_trace_ids", "p_any_aws_account_ids", "p_any_aws_instance_ids",
  "p_any_aws_arns", "p_any_aws_tags", "p_any_emails", "p_any_usernames", "p_any_mac_addresses",
  "p_any_urls", "p_parse_errors", "p_enrichment", "p_overflow", "year", "month", "day", "hour"
FROM "panther_logs"."osquery_batch"
UNION ALL
SELECT 'panther_logs' AS "p_db_name", 'osquery_snapshot' AS "p_table_name",
  "p_log_type", "p_row_id", "p_event_time", "p_parse_time", "p_source_id", "p_source_label",
  "p_any_ip_addresses", "p_any_domain_names", "p_any_md5_hashes", "p_any_sha1_hashes",
  "p_any_sha256_hashes", "p_any_trace_ids", "p_any_aws_account_ids", "p_any_aws_instance_ids",
  "p_any_aws_arns", "p_any_aws_tags", "p_any_emails", "p_any_usernames", "p_any_mac_addresses",
  "p_any_urls", "p_parse_errors", "p_enrichment", "p_overflow", "year", "month", "day", "hour"
FROM "panther_logs"."osquery_snapshot"
UNION ALL
SELECT 'panther_logs' AS "p_db_name", 'osquery_status' AS "p_table_name",
  "p_log_type", "p_row_id", "p_event_time", "p_parse_time", "p_source_id", "p_source_label",
  "p_any_ip_addresses", "p_any_domain_names", "p_any_md5_hashes", "p_any_sha1_hashes",
  "p_any_sha256_hashes", "p_any_trace_ids", "p_any_aws_account_ids", "p_any_aws_instance_ids",
  "p_any_aws_arns", "p_any_aws_tags", "p_any_emails", "p_any_usernames", "p_any_mac_addresses",
  "p_any_urls", "p_parse_errors", "p_enrichment", "p_overflow", "year", "month", "day", "hour"
FROM "panther_logs"."osquery_status"
;
