Feature: Transactions (MULTI, EXEC, DISCARD, WATCH, UNWATCH)
  Commands sent after MULTI are queued and run all at once by EXEC; an error while queueing dooms the
  transaction, and WATCH makes EXEC fail when a watched key changed in the meantime.

  Scenario: Commands after MULTI are queued
    Given the client runs "MULTI"
    When the client runs "SET k v"
    Then the reply is QUEUED
    And "GET k" replies QUEUED

  Scenario: EXEC runs the queue and replies with every command's reply
    Given the client runs "MULTI"
    And the client runs "SET counter 10"
    And the client runs "INCR counter"
    And the client runs "GET counter"
    When the client runs "EXEC"
    Then the reply is:
      """
      1) OK
      2) (integer) 11
      3) "11"
      """

  Scenario: An empty transaction replies an empty array
    Given the client runs "MULTI"
    When the client runs "EXEC"
    Then the reply is (empty array)

  Scenario: A command failing while it runs does not stop the others
    Given the client runs "SET s text"
    And the client runs "MULTI"
    And the client runs "INCR s"
    And the client runs "SET t 1"
    When the client runs "EXEC"
    Then the reply is:
      """
      1) (error) ERR value is not an integer or out of range
      2) OK
      """
    And "GET t" replies "1"

  Scenario: A command refused while queueing aborts the transaction
    Given the client runs "MULTI"
    And the client runs "SET k v"
    When the client runs "GET"
    Then the reply is (error) ERR wrong number of arguments for 'get' command
    And "EXEC" replies (error) EXECABORT Transaction discarded because of previous errors.
    And "EXISTS k" replies (integer) 0

  Scenario: An unknown command while queueing is an error and aborts the transaction
    Given the client runs "MULTI"
    When the client runs "NOSUCHCOMMAND a"
    Then the reply is (error) ERR unknown command 'NOSUCHCOMMAND', with args beginning with: 'a'
    And "EXEC" replies (error) EXECABORT Transaction discarded because of previous errors.

  Scenario: DISCARD drops the queue
    Given the client runs "MULTI"
    And the client runs "SET k v"
    When the client runs "DISCARD"
    Then the reply is OK
    And "EXISTS k" replies (integer) 0
    And "EXEC" replies (error) ERR EXEC without MULTI

  Scenario Outline: <command> outside a transaction is an error
    When the client runs "<command>"
    Then the reply is (error) ERR <command> without MULTI

    Examples:
      | command |
      | EXEC    |
      | DISCARD |

  Scenario: MULTI cannot be nested
    Given the client runs "MULTI"
    When the client runs "MULTI"
    Then the reply is (error) ERR MULTI calls can not be nested

  Scenario: A nested MULTI does not abort the transaction
    Given the client runs "MULTI"
    And the client runs "SET k v"
    When the client runs "MULTI"
    Then "EXEC" replies [OK]

  Scenario: WATCH inside MULTI is refused
    Given the client runs "MULTI"
    When the client runs "WATCH k"
    Then the reply is (error) ERR WATCH inside MULTI is not allowed

  Scenario Outline: <command> is not allowed inside a transaction
    Given the client runs "MULTI"
    When the client runs "<command>"
    Then the reply is (error) ERR Command not allowed inside a transaction
    And "EXEC" replies (error) EXECABORT Transaction discarded because of previous errors.

    Examples:
      | command  |
      | SAVE     |
      | SHUTDOWN |

  Scenario: EXEC with arguments aborts the transaction with the reason
    Given the client runs "MULTI"
    And the client runs "SET k v"
    When the client runs "EXEC now"
    Then the reply is (error) EXECABORT Transaction discarded because of: wrong number of arguments for 'exec' command
    And "EXISTS k" replies (integer) 0

  Scenario: EXEC with arguments outside a transaction also answers EXECABORT
    When the client runs "EXEC now"
    Then the reply is (error) EXECABORT Transaction discarded because of: wrong number of arguments for 'exec' command

  Scenario: WATCH and UNWATCH reply OK
    When the client runs "WATCH a b c"
    Then the reply is OK
    And "UNWATCH" replies OK

  Scenario: A watched key changed by another client makes EXEC fail
    Given the client runs "SET balance 100"
    And the client runs "WATCH balance"
    And client "B" runs "INCRBY balance 5"
    And the client runs "MULTI"
    And the client runs "DECRBY balance 30"
    When the client runs "EXEC"
    Then the reply is (nil array)
    And "GET balance" replies "105"

  @resp3
  Scenario: A failed EXEC is a RESP3 null
    Given the client switches to RESP3
    And the client runs "WATCH k"
    And client "B" runs "SET k other"
    And the client runs "MULTI"
    And the client runs "SET k mine"
    When the client runs "EXEC"
    Then the reply is (null)

  Scenario: A watched key changed by the watching client itself also fails EXEC
    Given the client runs "WATCH k"
    And the client runs "SET k mine"
    And the client runs "MULTI"
    And the client runs "GET k"
    When the client runs "EXEC"
    Then the reply is (nil array)

  Scenario: An untouched watched key lets EXEC run
    Given the client runs "SET k 1"
    And the client runs "WATCH k"
    And client "B" runs "SET other 1"
    And the client runs "MULTI"
    And the client runs "INCR k"
    When the client runs "EXEC"
    Then the reply is [(integer) 2]

  Scenario: Reading a watched key does not count as a change
    Given the client runs "SET k 1"
    And the client runs "WATCH k"
    And client "B" runs "GET k"
    And the client runs "MULTI"
    And the client runs "GET k"
    When the client runs "EXEC"
    Then the reply is ["1"]

  Scenario: UNWATCH forgets the change of a watched key
    Given the client runs "WATCH k"
    And client "B" runs "SET k other"
    And the client runs "UNWATCH"
    And the client runs "MULTI"
    And the client runs "SET k mine"
    When the client runs "EXEC"
    Then the reply is [OK]

  Scenario: EXEC forgets the watched keys, whatever its outcome
    Given the client runs "WATCH k"
    And client "B" runs "SET k other"
    And the client runs "MULTI"
    And the client runs "EXEC"
    And client "B" runs "SET k again"
    And the client runs "MULTI"
    And the client runs "SET k mine"
    When the client runs "EXEC"
    Then the reply is [OK]

  Scenario: DISCARD forgets the watched keys
    Given the client runs "WATCH k"
    And client "B" runs "SET k other"
    And the client runs "MULTI"
    And the client runs "DISCARD"
    And the client runs "MULTI"
    And the client runs "SET k mine"
    When the client runs "EXEC"
    Then the reply is [OK]

  Scenario: Deleting a watched key fails EXEC
    Given the client runs "SET k 1"
    And the client runs "WATCH k"
    And client "B" runs "DEL k"
    And the client runs "MULTI"
    And the client runs "PING"
    When the client runs "EXEC"
    Then the reply is (nil array)

  Scenario: Deleting a watched key that does not exist changes nothing
    Given the client runs "WATCH k"
    And client "B" runs "DEL k"
    And the client runs "MULTI"
    And the client runs "PING"
    When the client runs "EXEC"
    Then the reply is [PONG]

  Scenario: FLUSHALL fails EXEC when the watched key existed
    Given the client runs "SET k 1"
    And the client runs "WATCH k"
    And client "B" runs "FLUSHALL"
    And the client runs "MULTI"
    And the client runs "PING"
    When the client runs "EXEC"
    Then the reply is (nil array)

  Scenario: FLUSHALL does not fail EXEC when the watched key did not exist
    Given the client runs "WATCH k"
    And client "B" runs "FLUSHALL"
    And the client runs "MULTI"
    And the client runs "PING"
    When the client runs "EXEC"
    Then the reply is [PONG]

  Scenario: SWAPDB bringing a key into the watched database fails EXEC
    Given client "B" runs "SELECT 1"
    And client "B" runs "SET k from-db1"
    And the client runs "WATCH k"
    And client "B" runs "SWAPDB 0 1"
    And the client runs "MULTI"
    And the client runs "PING"
    When the client runs "EXEC"
    Then the reply is (nil array)

  Scenario: A watched key that expires before EXEC fails it
    Given the client runs "SET k v PX 100"
    And the client runs "WATCH k"
    And the client waits 300 ms
    And the client runs "MULTI"
    And the client runs "PING"
    When the client runs "EXEC"
    Then the reply is (nil array)

  Scenario: A key watched in another database is a different key
    Given the client runs "WATCH k"
    And client "B" runs "SELECT 1"
    And client "B" runs "SET k other"
    And the client runs "MULTI"
    And the client runs "PING"
    When the client runs "EXEC"
    Then the reply is [PONG]

  Scenario: A blocking command inside a transaction does not block
    Given the client runs "MULTI"
    And the client runs "BLPOP empty 0"
    And the client runs "BRPOPLPUSH empty other 0"
    When the client runs "EXEC"
    Then the reply is:
      """
      1) (nil array)
      2) (nil)
      """

  Scenario: A push inside a transaction wakes a client blocked on the list, after EXEC
    Given client "B" sends "BLPOP jobs 0" without waiting
    And the client runs "MULTI"
    And the client runs "RPUSH jobs first second"
    And the client runs "LLEN jobs"
    When the client runs "EXEC"
    Then the reply is:
      """
      1) (integer) 2
      2) (integer) 2
      """
    And client "B" receives ["jobs", "first"]
    And "LRANGE jobs 0 -1" replies ["second"]

  Scenario: Queued commands see the database selected inside the transaction
    Given the client runs "MULTI"
    And the client runs "SELECT 2"
    And the client runs "SET k in-db2"
    And the client runs "EXEC"
    When the client runs "GET k"
    Then the reply is "in-db2"

  Scenario: RESET leaves the transaction
    Given the client runs "MULTI"
    And the client runs "SET k v"
    And the client runs "RESET"
    When the client runs "EXEC"
    Then the reply is (error) ERR EXEC without MULTI
    And "EXISTS k" replies (integer) 0

  Scenario: CLIENT LIST shows a client in a transaction
    Given the client runs "MULTI"
    And the client runs "SET k v"
    When client "B" runs "CLIENT LIST"
    Then client "B" got a bulk string matching ".* flags=x .* multi=1 .*"
