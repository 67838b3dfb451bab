@needs:debug
Feature: DEBUG HTSTATS shows the keyspace's hash tables
  DEBUG HTSTATS <db> prints the statistics of the database's keys table and expires table, and
  DEBUG HTSTATS-KEY <key> those of a value stored as a hash table, in Redis's text format. The chain
  lengths depend on the hash function, so the scenarios check the sizes and the shape of the text.

  Scenario: The tables of an empty database
    When the client runs "DEBUG HTSTATS 0"
    Then the reply is "[Dictionary HT]\nHash table 0 stats (main hash table):\nNo stats available for empty dictionaries\n[Expires HT]\nHash table 0 stats (main hash table):\nNo stats available for empty dictionaries\n"

  @resp3
  Scenario: The statistics are verbatim text in RESP3
    Given the client switches to RESP3
    When the client runs "DEBUG HTSTATS 0"
    Then the reply is (verbatim txt) "[Dictionary HT]\nHash table 0 stats (main hash table):\nNo stats available for empty dictionaries\n[Expires HT]\nHash table 0 stats (main hash table):\nNo stats available for empty dictionaries\n"

  Scenario: The keys table grows to the next power of two above the number of keys
    Given for n from 1 to 1000, the client runs "SET key:{n} {n}"
    And for n from 1 to 10, the client runs "EXPIRE key:{n} 3600"
    And the client waits 300 ms
    When the client runs "DEBUG HTSTATS 0"
    Then the reply is a bulk string matching "\[Dictionary HT\]\nHash table 0 stats \(main hash table\):\n table size: 1024\n number of elements: 1000\n different slots: \d+\n max chain length: \d+\n avg chain length \(counted\): \d+\.\d\d\n avg chain length \(computed\): \d+\.\d\d\n Chain length distribution:\n(   \d+: \d+ \(\d+\.\d\d%\)\n)+\[Expires HT\]\nHash table 0 stats \(main hash table\):\n table size: 16\n number of elements: 10\n different slots: \d+\n max chain length: \d+\n avg chain length \(counted\): \d+\.\d\d\n avg chain length \(computed\): \d+\.\d\d\n Chain length distribution:\n(   \d+: \d+ \(\d+\.\d\d%\)\n)+"

  Scenario: The keys table shrinks back once most keys are gone
    Given for n from 1 to 5000, the client runs "SET key:{n} {n}"
    When for n from 101 to 5000, the client runs "DEL key:{n}"
    And the client waits 500 ms
    And the client runs "DEBUG HTSTATS 0"
    Then the reply is a bulk string matching "\[Dictionary HT\]\nHash table 0 stats \(main hash table\):\n table size: 128\n number of elements: 100\n.*"

  Scenario Outline: HTSTATS wants a database that exists (<db>)
    When the client runs "DEBUG HTSTATS <db>"
    Then the reply is <reply>

    Examples:
      | db  | reply                                                 |
      | 16  | (error) ERR Out of range database                     |
      | -1  | (error) ERR Out of range database                     |
      | abc | (error) ERR value is not an integer or out of range   |

  Scenario: HTSTATS takes exactly one database
    When the client runs "DEBUG HTSTATS 0 full"
    Then the reply is (error) ERR unknown subcommand or wrong number of arguments for 'HTSTATS'. Try DEBUG HELP.

  Scenario: HTSTATS-KEY of a missing key
    When the client runs "DEBUG HTSTATS-KEY nokey"
    Then the reply is (error) ERR no such key

  Scenario: HTSTATS-KEY of a value that is not a hash table
    Given the client runs "SET s hello"
    When the client runs "DEBUG HTSTATS-KEY s"
    Then the reply is (error) ERR The value stored at the specified key is not represented using an hash table
