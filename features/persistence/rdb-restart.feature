@persistence @rdb
Feature: The dataset survives a restart
  What SAVE, BGSAVE, a save point or a shutdown wrote to dir/dbfilename is what the server holds when it
  starts again. The suite's servers run with no save points (save ""), so each scenario says what saves.

  @needs:restart
  Scenario: SAVE writes the dataset that the next start loads
    Given the client runs:
      """
      SET s v
      SET n 12345
      SET t with-expire
      PEXPIREAT t 4102444800000
      SELECT 3
      SET in-db-3 x
      """
    When the client runs "SAVE"
    Then the reply is OK
    When the server is killed and started again
    Then "GET s" replies "v"
    And "GET n" replies "12345"
    And "PEXPIRETIME t" replies (integer) 4102444800000
    And "DBSIZE" replies (integer) 3
    And "SELECT 3" replies OK
    And "GET in-db-3" replies "x"

  @needs:restart
  Scenario: A key deleted after the SAVE is back after a crash
    Given the client runs:
      """
      SET k v
      SAVE
      DEL k
      """
    When the server is killed and started again
    Then "GET k" replies "v"

  @needs:restart
  Scenario: BGSAVE writes the dataset in the background
    Given the client runs "SET k v"
    When the client runs "BGSAVE"
    Then the reply is Background saving started
    And within 10 seconds the INFO field "rdb_bgsave_in_progress" is "0"
    And the INFO field "rdb_last_bgsave_status" is "ok"
    When the server is killed and started again
    Then "GET k" replies "v"

  @needs:restart @needs:files
  Scenario: A save leaves the dump and no temporary file in the data dir
    Given the client runs "SET k v"
    When the client runs "SAVE"
    Then the data dir holds "dump.rdb"
    And the data dir holds no file matching "temp-.*"

  @needs:launch @needs:restart
  Scenario: A graceful stop saves when save points are configured
    Given the server is started with "save 3600 1"
    And the client runs "SET k v"
    When the server is restarted
    Then "GET k" replies "v"

  @needs:restart
  Scenario: Without save points, a graceful stop does not save
    Given the client runs "SET k v"
    When the server is restarted
    Then "EXISTS k" replies (integer) 0

  @needs:launch @needs:kill
  Scenario: A save point writes the dataset once enough changes have waited long enough
    Given the server is started with "save 1 2"
    And the client runs:
      """
      SET a 1
      SET b 2
      """
    When the client waits 2500 ms
    Then within 10 seconds the INFO field "rdb_changes_since_last_save" is "0"
    And within 10 seconds the INFO field "rdb_bgsave_in_progress" is "0"
    When the server is killed and started again
    Then "MGET a b" replies ["1", "2"]

  @needs:launch
  Scenario: A save point does not fire before its number of changes
    Given the server is started with "save 1 5"
    And the client runs "SET a 1"
    When the client waits 2500 ms
    Then the INFO field "rdb_changes_since_last_save" is "1"

  @needs:launch @needs:kill
  Scenario: FLUSHALL with save points saves the empty dataset at once
    Given the server is started with "save 3600 1"
    And the client runs:
      """
      SET k v
      SAVE
      FLUSHALL
      """
    Then the INFO field "rdb_changes_since_last_save" is "0"
    When the server is killed and started again
    Then "DBSIZE" replies (integer) 0

  Scenario: Every write counts as a change since the last save
    Given the client runs "SAVE"
    And the client runs "SET a 1"
    And the client runs "MSET b 2 c 3"
    Then the INFO field "rdb_changes_since_last_save" is "3"
    When the client runs "SAVE"
    Then the INFO field "rdb_changes_since_last_save" is "0"

  Scenario: LASTSAVE moves to the time of the last successful save
    Given the client runs "SAVE"
    When the client runs "LASTSAVE"
    Then the reply is an integer between 1700000000 and 4102444800
    And the INFO field "rdb_last_bgsave_status" is "ok"

  Scenario: BGSAVE takes SCHEDULE and nothing else
    When the client runs "BGSAVE NOW"
    Then the reply is (error) ERR syntax error

  @needs:config
  Scenario: SAVE and BGSAVE count in rdb_saves
    Given the client runs "CONFIG RESETSTAT"
    And the client runs "SAVE"
    And the client runs "BGSAVE"
    Then within 10 seconds the INFO field "rdb_bgsave_in_progress" is "0"
    And the INFO field "rdb_saves" is "2"

  @needs:launch @needs:restart @needs:files
  Scenario: dbfilename names the file saves write and the start loads
    Given the server is started with "dbfilename other.rdb"
    And the client runs "SET k v"
    When the client runs "SAVE"
    Then the data dir holds "other.rdb"
    When the server is killed and started again
    Then "GET k" replies "v"

  @needs:config @needs:files
  Scenario: Save points set with CONFIG SET take effect at once
    Given the client runs "CONFIG SET save '1 1'"
    And the client runs "SET k v"
    When the client waits 2500 ms
    Then within 10 seconds the INFO field "rdb_changes_since_last_save" is "0"
    And within 10 seconds the INFO field "rdb_bgsave_in_progress" is "0"
    And the data dir holds "dump.rdb"

  @needs:launch @needs:kill
  Scenario: SHUTDOWN SAVE saves even without save points
    Given the server is started with "save ''"
    And the client runs "SET k v"
    When the client sends the bytes "*2\r\n$8\r\nSHUTDOWN\r\n$4\r\nSAVE\r\n"
    Then the server closes the connection
    When the server is killed and started again
    Then "GET k" replies "v"

  @needs:launch @needs:kill
  Scenario: SHUTDOWN NOSAVE does not save even with save points
    Given the server is started with "save 3600 1"
    And the client runs "SET k v"
    When the client sends the bytes "*2\r\n$8\r\nSHUTDOWN\r\n$6\r\nNOSAVE\r\n"
    Then the server closes the connection
    When the server is killed and started again
    Then "EXISTS k" replies (integer) 0

  @needs:launch @needs:kill
  Scenario: SHUTDOWN saves when save points are configured
    Given the server is started with "save 3600 1"
    And the client runs "SET k v"
    When the client sends the bytes "*1\r\n$8\r\nSHUTDOWN\r\n"
    Then the server closes the connection
    When the server is killed and started again
    Then "GET k" replies "v"

  @needs:launch @needs:kill
  Scenario: SHUTDOWN during a BGSAVE abandons it and saves in the foreground
    Given the server is started with:
      """
      save 3600 1
      rdb-key-save-delay 1000000
      """
    And the client runs "SET k v"
    And the client runs "BGSAVE"
    When the client sends the bytes "*1\r\n$8\r\nSHUTDOWN\r\n"
    Then the server closes the connection
    When the server is killed and started again
    Then "GET k" replies "v"

  @needs:launch @needs:files
  Scenario: SHUTDOWN refuses to exit when its save fails
    Given the server is started with "save 3600 1"
    And the data dir gets a directory named "dump.rdb"
    When the client runs "SHUTDOWN"
    Then the reply is (error) ERR Errors trying to SHUTDOWN. Check logs.
    And the client runs "CONFIG SET save ''"
