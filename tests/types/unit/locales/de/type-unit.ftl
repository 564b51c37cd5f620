### status: draft
un-title = Eine Wohnung
un-heading = Ihre Wohnung
un-rent = Monatliche Miete in Euro
un-deposit = Kaution in Euro
un-area = Wohnfläche in Quadratmetern
un-luggage = Gewicht des Umzugsguts in Kilogramm
