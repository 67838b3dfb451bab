Feature: Active expiry
  Expired keys are deleted when they are read (lazy expiry, see expire.feature), and also in the
  background: several times a second the server samples keys that have an expire and deletes those whose
  time has passed, repeating while a large share of the sample was stale. So keys that nobody reads do
  not keep their memory, and INFO's expired_keys counts them.

  Scenario: Expired keys that nobody reads are reclaimed in the background
    Given for n from 1 to 1000, the client runs "SET key:{n} {n} PX 100"
    Then within 5 seconds "DBSIZE" replies (integer) 0

  Scenario: Only the keys whose time has passed are reclaimed
    Given for n from 1 to 500, the client runs "SET gone:{n} x PX 50"
    And for n from 1 to 500, the client runs "SET kept:{n} x EX 3600"
    And for n from 1 to 500, the client runs "SET plain:{n} x"
    Then within 5 seconds "DBSIZE" replies (integer) 1000
    And for n from 1 to 500, "EXISTS kept:{n}" replies (integer) 1
    And for n from 1 to 500, "EXISTS plain:{n}" replies (integer) 1

  Scenario: Keys in every database are reclaimed
    Given the client runs "SELECT 9"
    And for n from 1 to 100, the client runs "SET key:{n} x PX 50"
    Then within 5 seconds "DBSIZE" replies (integer) 0

  Scenario: A large share of expired keys among many is reclaimed
    Given for n from 1 to 50000, the client runs "SET gone:{n} x PX 100"
    And for n from 1 to 5000, the client runs "SET kept:{n} x"
    Then within 10 seconds "DBSIZE" replies (integer) 5000

  @needs:config
  Scenario: INFO counts the keys the background cycle reclaimed
    Given the client runs "CONFIG RESETSTAT"
    And for n from 1 to 100, the client runs "SET key:{n} x PX 50"
    When within 5 seconds "DBSIZE" replies (integer) 0
    Then the INFO field "expired_keys" is "100"

  @needs:config
  Scenario Outline: The background cycle reclaims keys at every active-expire-effort (<effort>)
    Given the config "active-expire-effort" is set to "<effort>"
    And for n from 1 to 2000, the client runs "SET key:{n} x PX 50"
    Then within 5 seconds "DBSIZE" replies (integer) 0

    Examples:
      | effort |
      | 1      |
      | 5      |
      | 10     |

  @needs:debug
  Scenario: With active expiry off, expired keys stay until they are read
    Given active expiry is turned off
    And for n from 1 to 100, the client runs "SET key:{n} x PX 50"
    When the client waits 400 ms
    Then "DBSIZE" replies (integer) 100
    And "GET key:1" replies (nil)
    And "DBSIZE" replies (integer) 99

  @needs:debug
  Scenario: Turning active expiry back on reclaims what expired meanwhile
    Given active expiry is turned off
    And for n from 1 to 100, the client runs "SET key:{n} x PX 50"
    And the client waits 300 ms
    When active expiry is turned back on
    Then within 5 seconds "DBSIZE" replies (integer) 0

  @needs:debug
  Scenario Outline: DEBUG SET-ACTIVE-EXPIRE takes any text, like C's atoi (<arg>)
    When the client runs "DEBUG SET-ACTIVE-EXPIRE <arg>"
    Then the reply is OK
    And the client runs "DEBUG SET-ACTIVE-EXPIRE 1"

    Examples:
      | arg  |
      | 0    |
      | 1    |
      | 2    |
      | abc  |
      | -5   |

  @needs:debug
  Scenario: DEBUG SET-ACTIVE-EXPIRE wants exactly one argument
    When the client runs "DEBUG SET-ACTIVE-EXPIRE"
    Then the reply is (error) ERR unknown subcommand or wrong number of arguments for 'SET-ACTIVE-EXPIRE'. Try DEBUG HELP.
