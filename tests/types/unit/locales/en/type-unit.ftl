### status: reference
un-title = A flat
un-heading = Your flat
un-rent = Monthly rent in euros
un-deposit = Deposit in euros
un-area = Floor area in square metres
un-luggage = Weight of the household goods to move, in kilograms
