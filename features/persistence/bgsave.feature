@persistence @rdb
Feature: BGSAVE
  A background save writes the dataset as it was at the instant BGSAVE started, while the server keeps
  serving writes; only one runs at a time; and when one fails with save points configured, writes are
  refused (stop-writes-on-bgsave-error) until a save succeeds.

  @needs:kill @slow
  Scenario: Writes made while BGSAVE runs are not in the file it writes
    Given the keys "k:{n}" for n from 1 to 200000 hold "before"
    When the client runs "BGSAVE" while client "B" runs "MSET k:{n} after new:{n} x" for n from 1 to 200000
    Then the reply is Background saving started
    And within 60 seconds the INFO field "rdb_bgsave_in_progress" is "0"
    And the INFO field "rdb_last_bgsave_status" is "ok"
    And "GET k:1" replies "after"
    When the server is killed and started again
    Then the keys "k:{n}" for n from 1 to 200000 all hold "before"
    And "DBSIZE" replies (integer) 200000

  @needs:kill @slow
  Scenario: Keys deleted while BGSAVE runs are still in the file it writes
    Given the keys "k:{n}" for n from 1 to 100000 hold "v{n}"
    When the client runs "BGSAVE" while client "B" runs "DEL k:{n}" for n from 1 to 100000
    And within 60 seconds the INFO field "rdb_bgsave_in_progress" is "0"
    Then "DBSIZE" replies (integer) 0
    When the server is killed and started again
    Then the keys "k:{n}" for n from 1 to 100000 all hold "v{n}"

  @needs:launch
  Scenario: A second BGSAVE while one runs is refused
    Given the server is started with "rdb-key-save-delay 1000000"
    And the client runs "SET k v"
    And the client runs "BGSAVE"
    When the client runs "BGSAVE"
    Then the reply is (error) ERR Background save already in progress
    And the INFO field "rdb_bgsave_in_progress" is "1"

  @needs:launch
  Scenario: SAVE while BGSAVE runs is refused
    Given the server is started with "rdb-key-save-delay 1000000"
    And the client runs "SET k v"
    And the client runs "BGSAVE"
    When the client runs "SAVE"
    Then the reply is (error) ERR Background save already in progress

  @needs:launch
  Scenario: BGSAVE SCHEDULE while BGSAVE runs is refused like BGSAVE
    Given the server is started with "rdb-key-save-delay 1000000"
    And the client runs "SET k v"
    And the client runs "BGSAVE"
    When the client runs "BGSAVE SCHEDULE"
    Then the reply is (error) ERR Background save already in progress

  Scenario: BGSAVE SCHEDULE with nothing else running starts a save
    When the client runs "BGSAVE SCHEDULE"
    Then the reply is Background saving started
    And within 10 seconds the INFO field "rdb_bgsave_in_progress" is "0"

  @needs:launch @needs:files
  Scenario: A background save that cannot write its file makes the server refuse writes
    Given the server is started with "save 3600 1"
    And the client runs "SET k v"
    And the data dir gets a directory named "dump.rdb"
    When the client runs "BGSAVE"
    Then within 10 seconds the INFO field "rdb_last_bgsave_status" is "err"
    When the client runs "SET k v2"
    Then the reply is (error) MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.
    And "GET k" replies "v"
    And the client runs "CONFIG SET save ''"

  @needs:launch @needs:files
  Scenario: After a failed background save even PING is refused
    Given the server is started with "save 3600 1"
    And the data dir gets a directory named "dump.rdb"
    And the client runs "BGSAVE"
    And within 10 seconds the INFO field "rdb_last_bgsave_status" is "err"
    When the client runs "PING"
    Then the reply is an error starting with "MISCONF "
    And the client runs "CONFIG SET save ''"

  @needs:launch @needs:files
  Scenario Outline: Writes are accepted again after a failed background save once <change>
    Given the server is started with "save 3600 1"
    And the data dir gets a directory named "dump.rdb"
    And the client runs "BGSAVE"
    And within 10 seconds the INFO field "rdb_last_bgsave_status" is "err"
    When the client runs '<command>'
    Then the reply is OK
    And the client runs "SET k v"
    And "GET k" replies "v"
    And the client runs "CONFIG SET save ''"

    Examples:
      | change                                    | command                                     |
      | stop-writes-on-bgsave-error is turned off | CONFIG SET stop-writes-on-bgsave-error no   |
      | the save points are removed               | CONFIG SET save ""                          |

  Scenario: BGSAVE inside a transaction is only scheduled, then runs
    Given the client runs "SET k v"
    And the client runs "MULTI"
    And the client runs "BGSAVE"
    When the client runs "EXEC"
    Then the reply is [Background saving scheduled]
    And within 10 seconds the INFO field "rdb_changes_since_last_save" is "0"
