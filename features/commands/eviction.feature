@needs:config
Feature: Eviction under maxmemory
  Once the memory in use passes maxmemory, the server frees memory before running each command by
  deleting keys chosen by maxmemory-policy: the least recently used (lru), the least frequently used (lfu),
  random ones, or the keys closest to expiring (volatile-ttl); volatile-* policies only ever choose keys
  that have an expire. Choices are approximate (sampled keys feeding a pool of the best candidates), so
  the scenarios leave a clear gap between the keys that must stay and the others. When nothing can be
  freed, commands that may add memory are refused with an OOM error; reads and deletes still run.

  Scenario Outline: With noeviction, commands that may add memory are refused over maxmemory (<command>)
    Given the client runs "SET k v"
    And the config "maxmemory-policy" is set to "noeviction"
    And the config "maxmemory" is set to "1"
    When the client runs "<command>"
    Then the reply is (error) OOM command not allowed when used memory > 'maxmemory'.

    Examples:
      | command          |
      | SET k2 v         |
      | SET k v          |
      | INCR counter     |

  Scenario: Over maxmemory with noeviction, reads and deletes still run and nothing is evicted
    Given the client runs "SET k v"
    And the client runs "SET j w"
    And the config "maxmemory-policy" is set to "noeviction"
    And the config "maxmemory" is set to "1"
    Then "GET k" replies "v"
    And "DBSIZE" replies (integer) 2
    And "DEL k" replies (integer) 1
    And "DBSIZE" replies (integer) 1

  Scenario: Writes run again once maxmemory is lifted
    Given the config "maxmemory-policy" is set to "noeviction"
    And the config "maxmemory" is set to "1"
    When the client runs "SET k v"
    Then the reply is (error) OOM command not allowed when used memory > 'maxmemory'.
    When the config "maxmemory" is set to "0"
    And the client runs "SET k v"
    Then the reply is OK

  Scenario Outline: An allkeys policy evicts every key when nothing else can go, then refuses writes (<policy>)
    Given for n from 1 to 100, the client runs "SET key:{n} {n}"
    And the config "maxmemory-policy" is set to "<policy>"
    When the config "maxmemory" is set to "1"
    Then "DBSIZE" replies (integer) 0
    And the client runs "SET k v"
    And the reply is (error) OOM command not allowed when used memory > 'maxmemory'.

    Examples:
      | policy         |
      | allkeys-lru    |
      | allkeys-lfu    |
      | allkeys-random |

  Scenario Outline: A volatile policy only evicts keys with an expire, then refuses writes (<policy>)
    Given for n from 1 to 50, the client runs "SET persistent:{n} {n}"
    And for n from 1 to 50, the client runs "SET volatile:{n} {n} EX 3600"
    And the config "maxmemory-policy" is set to "<policy>"
    When the config "maxmemory" is set to "1"
    Then "DBSIZE" replies (integer) 50
    And for n from 1 to 50, "EXISTS persistent:{n}" replies (integer) 1
    And the client runs "SET k v"
    And the reply is (error) OOM command not allowed when used memory > 'maxmemory'.

    Examples:
      | policy          |
      | volatile-lru    |
      | volatile-lfu    |
      | volatile-random |
      | volatile-ttl    |

  Scenario Outline: Keys in every database are evicted (<policy>)
    Given the client runs "SELECT 2"
    And for n from 1 to 30, the client runs "SET key:{n} {n} EX 3600"
    And the client runs "SELECT 7"
    And for n from 1 to 30, the client runs "SET key:{n} {n} EX 3600"
    And the config "maxmemory-policy" is set to "<policy>"
    When the config "maxmemory" is set to "1"
    Then "DBSIZE" replies (integer) 0
    And the client runs "SELECT 2"
    And "DBSIZE" replies (integer) 0

    Examples:
      | policy          |
      | allkeys-lru     |
      | volatile-random |
      | volatile-ttl    |

  Scenario: allkeys-lru keeps the keys used recently
    Given the config "maxmemory-policy" is set to "allkeys-lru"
    And for n from 1 to 1000, the key "old:{n}" holds a 1000-byte string
    And the client waits 2100 ms
    And for n from 1 to 10, the key "new:{n}" holds a 1000-byte string
    And for n from 1 to 10, the client runs "GET old:{n}"
    When maxmemory is set 300000 bytes below the memory in use
    Then for n from 1 to 10, "EXISTS new:{n}" replies (integer) 1
    And for n from 1 to 10, "EXISTS old:{n}" replies (integer) 1
    And the client runs "DBSIZE"
    And the reply is an integer between 500 and 800

  Scenario: volatile-lru keeps the keys used recently among those with an expire
    Given the config "maxmemory-policy" is set to "volatile-lru"
    And for n from 1 to 1000, the key "old:{n}" holds a 1000-byte string that expires in 3600 seconds
    And for n from 1 to 300, the key "persistent:{n}" holds a 1000-byte string
    And the client waits 2100 ms
    And for n from 1 to 10, the client runs "GET old:{n}"
    When maxmemory is set 300000 bytes below the memory in use
    Then for n from 1 to 10, "EXISTS old:{n}" replies (integer) 1
    And for n from 1 to 300, "EXISTS persistent:{n}" replies (integer) 1

  Scenario: allkeys-lfu keeps the keys read often
    Given the config "maxmemory-policy" is set to "allkeys-lfu"
    And for n from 1 to 1000, the key "rare:{n}" holds a 1000-byte string
    And for n from 1 to 10, the key "hot:{n}" holds a 1000-byte string
    And for n from 1 to 10, the client runs "GET hot:{n}"
    And for n from 1 to 10, the client runs "GET hot:{n}"
    When maxmemory is set 300000 bytes below the memory in use
    Then for n from 1 to 10, "EXISTS hot:{n}" replies (integer) 1
    And the client runs "DBSIZE"
    And the reply is an integer between 500 and 800

  Scenario: volatile-ttl evicts the keys closest to expiring first
    Given the config "maxmemory-policy" is set to "volatile-ttl"
    And for n from 1 to 1000, the key "soon:{n}" holds a 1000-byte string that expires in 1000 seconds
    And for n from 1 to 10, the key "late:{n}" holds a 1000-byte string that expires in 100000 seconds
    When maxmemory is set 300000 bytes below the memory in use
    Then for n from 1 to 10, "EXISTS late:{n}" replies (integer) 1
    And the client runs "DBSIZE"
    And the reply is an integer between 500 and 800

  Scenario: allkeys-random frees about what it has to
    Given the config "maxmemory-policy" is set to "allkeys-random"
    And for n from 1 to 1000, the key "key:{n}" holds a 1000-byte string
    When maxmemory is set 300000 bytes below the memory in use
    Then the client runs "DBSIZE"
    And the reply is an integer between 500 and 800

  Scenario: Writes keep succeeding under maxmemory while an allkeys policy makes room
    Given the config "maxmemory-policy" is set to "allkeys-lru"
    And for n from 1 to 500, the key "key:{n}" holds a 1000-byte string
    And maxmemory is set 100000 bytes below the memory in use
    When for n from 501 to 2000, the key "key:{n}" holds a 1000-byte string
    Then the client runs "DBSIZE"
    And the reply is an integer between 300 and 500
    And for n from 1991 to 2000, "EXISTS key:{n}" replies (integer) 1

  Scenario: INFO counts evicted keys and shows the memory settings
    Given the client runs "CONFIG RESETSTAT"
    And for n from 1 to 100, the client runs "SET key:{n} {n}"
    And the config "maxmemory-policy" is set to "allkeys-random"
    When the config "maxmemory" is set to "1"
    Then the INFO field "evicted_keys" is "100"
    And the INFO field "maxmemory" is "1"
    And the INFO field "maxmemory_human" is "1B"
    And the INFO field "maxmemory_policy" is "allkeys-random"

  Scenario: INFO shows maxmemory in human units
    When the config "maxmemory" is set to "1gb"
    Then the INFO field "maxmemory" is "1073741824"
    And the INFO field "maxmemory_human" is "1.00G"
